"""Try couplebot without Telegram: the real bot, a simulated Telegram and a page to use it."""
