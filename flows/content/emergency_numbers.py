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


@dataclass(frozen=True)
class EmergencyNumber:
    """How to reach emergency services in one country."""

    country: str  # as it reads after "in": "Germany", "the UK"
    dial: str  # "112", "999 or 112", "190 (police) or 192 (ambulance)"


def _eu(country: str) -> EmergencyNumber:
    return EmergencyNumber(country, "112")


EMERGENCY_NUMBERS: Final[dict[str, EmergencyNumber]] = {
    # European Union
    "AT": _eu("Austria"),
    "BE": _eu("Belgium"),
    "BG": _eu("Bulgaria"),
    "HR": _eu("Croatia"),
    "CY": _eu("Cyprus"),
    "CZ": _eu("Czechia"),
    "DK": _eu("Denmark"),
    "EE": _eu("Estonia"),
    "FI": _eu("Finland"),
    "FR": _eu("France"),
    "DE": _eu("Germany"),
    "GR": _eu("Greece"),
    "HU": _eu("Hungary"),
    "IE": EmergencyNumber("Ireland", "112 or 999"),
    "IT": _eu("Italy"),
    "LV": _eu("Latvia"),
    "LT": _eu("Lithuania"),
    "LU": _eu("Luxembourg"),
    "MT": _eu("Malta"),
    "NL": _eu("the Netherlands"),
    "PL": _eu("Poland"),
    "PT": _eu("Portugal"),
    "RO": _eu("Romania"),
    "SK": _eu("Slovakia"),
    "SI": _eu("Slovenia"),
    "ES": _eu("Spain"),
    "SE": _eu("Sweden"),
    # Rest of the EEA, and Switzerland
    "IS": _eu("Iceland"),
    "LI": _eu("Liechtenstein"),
    "NO": _eu("Norway"),
    "CH": _eu("Switzerland"),
    # Europe, outside the EU
    "GB": EmergencyNumber("the UK", "999 or 112"),
    "RU": EmergencyNumber("Russia", "112"),
    "UA": EmergencyNumber("Ukraine", "102 (police) or 103 (ambulance)"),
    "TR": EmergencyNumber("Turkey", "112"),
    # Americas
    "US": EmergencyNumber("the US", "911"),
    "CA": EmergencyNumber("Canada", "911"),
    "MX": EmergencyNumber("Mexico", "911"),
    "BR": EmergencyNumber("Brazil", "190 (police) or 192 (ambulance)"),
    "CO": EmergencyNumber("Colombia", "123"),
    "CL": EmergencyNumber("Chile", "133 (police) or 131 (ambulance)"),
    # Asia and Oceania
    "AU": EmergencyNumber("Australia", "000"),
    "NZ": EmergencyNumber("New Zealand", "111"),
    "IN": EmergencyNumber("India", "112"),
    "JP": EmergencyNumber("Japan", "110 (police) or 119 (ambulance)"),
    "KR": EmergencyNumber("South Korea", "112 (police) or 119 (ambulance)"),
    "CN": EmergencyNumber("China", "110 (police) or 120 (ambulance)"),
    "HK": EmergencyNumber("Hong Kong", "999"),
    "SG": EmergencyNumber("Singapore", "999 (police) or 995 (ambulance)"),
    "MY": EmergencyNumber("Malaysia", "999"),
    "PH": EmergencyNumber("the Philippines", "911"),
    # Middle East and Africa
    "IL": EmergencyNumber("Israel", "100 (police) or 101 (ambulance)"),
    "AE": EmergencyNumber("the United Arab Emirates", "999 (police) or 998 (ambulance)"),
    "ZA": EmergencyNumber("South Africa", "10111 (police) or 112 (from a mobile)"),
}
