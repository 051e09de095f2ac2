"""Emergency numbers by country, for the safety reply.

Only numbers we are sure of are listed; any other country gets the general
wording and findahelpline.com (the directory, always shown). ``dial`` is what
the person should call; where a country has no single number, the police and
ambulance numbers are both given. Sources, checked when this table was written:

- EU and EEA: 112 in every member state (European Electronic Communications Code,
  Directive (EU) 2018/1972, art. 109; European Commission, "112, the European
  emergency number", digital-strategy.ec.europa.eu/en/policies/112). Switzerland
  also answers 112 (ch.ch, "Emergency numbers").
- United Kingdom: 999, and 112 (gov.uk; Ofcom). Ireland: 112 or 999 (gov.ie).
- United States and Canada: 911 (911.gov; CRTC, crtc.gc.ca). Mexico: 911 since 2017
  (gob.mx, "911 Emergencias").
- Australia: 000 (triplezero.gov.au). New Zealand: 111 (police.govt.nz).
- Russia: 112, the single number (MChS of Russia, mchs.gov.ru). Ukraine: 102
  police, 103 ambulance (National Police of Ukraine, npu.gov.ua).
- Brazil: 190 police, 192 ambulance/SAMU (gov.br). Colombia: 123 (Línea 123,
  bogota.gov.co). Chile: 133 police, 131 ambulance (carabineros.cl; minsal.cl).
  Philippines: 911 (Executive Order No. 56, 2018; emergency911.gov.ph).
- India: 112 (Emergency Response Support System, 112.gov.in). Japan: 110 police,
  119 ambulance (npa.go.jp; fdma.go.jp). South Korea: 112 police, 119 ambulance
  (police.go.kr; nfa.go.kr). China: 110 police, 120 ambulance. Hong Kong: 999
  (police.gov.hk). Singapore: 999 police, 995 ambulance (police.gov.sg;
  scdf.gov.sg). Malaysia: 999 (MERS 999, malaysia.gov.my).
- Turkey: 112, the single number since 2021 (112.gov.tr). Israel: 100 police,
  101 ambulance (police.gov.il; mdais.org). United Arab Emirates: 999 police,
  998 ambulance (u.ae). South Africa: 10111 police, 112 from a mobile (saps.gov.za).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from flows.i18n import localize_module, msg


@dataclass(frozen=True)
class EmergencyNumber:
    """How to reach emergency services in one country."""

    country: str  # as it reads after "in": "Germany", "the UK"
    dial: str  # "112", "999 or 112", "190 (police) or 192 (ambulance)"


def _eu(country: str) -> EmergencyNumber:
    return EmergencyNumber(country, "112")


EMERGENCY_NUMBERS: Final[dict[str, EmergencyNumber]] = {
    # European Union
    "AT": _eu(msg("Austria")),
    "BE": _eu(msg("Belgium")),
    "BG": _eu(msg("Bulgaria")),
    "HR": _eu(msg("Croatia")),
    "CY": _eu(msg("Cyprus")),
    "CZ": _eu(msg("Czechia")),
    "DK": _eu(msg("Denmark")),
    "EE": _eu(msg("Estonia")),
    "FI": _eu(msg("Finland")),
    "FR": _eu(msg("France")),
    "DE": _eu(msg("Germany")),
    "GR": _eu(msg("Greece")),
    "HU": _eu(msg("Hungary")),
    "IE": EmergencyNumber(msg("Ireland"), msg("112 or 999")),
    "IT": _eu(msg("Italy")),
    "LV": _eu(msg("Latvia")),
    "LT": _eu(msg("Lithuania")),
    "LU": _eu(msg("Luxembourg")),
    "MT": _eu(msg("Malta")),
    "NL": _eu(msg("the Netherlands")),
    "PL": _eu(msg("Poland")),
    "PT": _eu(msg("Portugal")),
    "RO": _eu(msg("Romania")),
    "SK": _eu(msg("Slovakia")),
    "SI": _eu(msg("Slovenia")),
    "ES": _eu(msg("Spain")),
    "SE": _eu(msg("Sweden")),
    # Rest of the EEA, and Switzerland
    "IS": _eu(msg("Iceland")),
    "LI": _eu(msg("Liechtenstein")),
    "NO": _eu(msg("Norway")),
    "CH": _eu(msg("Switzerland")),
    # Europe, outside the EU
    "GB": EmergencyNumber(msg("the UK"), msg("999 or 112")),
    "RU": EmergencyNumber(msg("Russia"), "112"),
    "UA": EmergencyNumber(msg("Ukraine"), msg("102 (police) or 103 (ambulance)")),
    "TR": EmergencyNumber(msg("Turkey"), "112"),
    # Americas
    "US": EmergencyNumber(msg("the US"), "911"),
    "CA": EmergencyNumber(msg("Canada"), "911"),
    "MX": EmergencyNumber(msg("Mexico"), "911"),
    "BR": EmergencyNumber(msg("Brazil"), msg("190 (police) or 192 (ambulance)")),
    "CO": EmergencyNumber(msg("Colombia"), "123"),
    "CL": EmergencyNumber(msg("Chile"), msg("133 (police) or 131 (ambulance)")),
    # Asia and Oceania
    "AU": EmergencyNumber(msg("Australia"), "000"),
    "NZ": EmergencyNumber(msg("New Zealand"), "111"),
    "IN": EmergencyNumber(msg("India"), "112"),
    "JP": EmergencyNumber(msg("Japan"), msg("110 (police) or 119 (ambulance)")),
    "KR": EmergencyNumber(msg("South Korea"), msg("112 (police) or 119 (ambulance)")),
    "CN": EmergencyNumber(msg("China"), msg("110 (police) or 120 (ambulance)")),
    "HK": EmergencyNumber(msg("Hong Kong"), "999"),
    "SG": EmergencyNumber(msg("Singapore"), msg("999 (police) or 995 (ambulance)")),
    "MY": EmergencyNumber(msg("Malaysia"), "999"),
    "PH": EmergencyNumber(msg("the Philippines"), "911"),
    # Middle East and Africa
    "IL": EmergencyNumber(msg("Israel"), msg("100 (police) or 101 (ambulance)")),
    "AE": EmergencyNumber(msg("the United Arab Emirates"), msg("999 (police) or 998 (ambulance)")),
    "ZA": EmergencyNumber(msg("South Africa"), msg("10111 (police) or 112 (from a mobile)")),
}

localize_module(__name__)
