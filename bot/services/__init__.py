"""Use cases: load from storage, ask a flow, save, say what to send.

Nothing here imports ``telegram``; handlers translate updates into these calls
and render the outcome. Each call is one unit of work that commits once.
"""
