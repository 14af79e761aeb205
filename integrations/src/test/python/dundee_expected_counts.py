#!/usr/bin/env python3
"""Independent derivation of the expected import counts for the Dundee City Council
EV-charging data set (OGL v3.0), used as expected values in the evsettle Java tests.

Standard library only. Written without reference to the Java implementation.
Usage: python3 dundee_expected_counts.py [data_dir]   (default: ../resources/dundee)

Import profile: everything is sent by operator party DUNDEE-CC.
  Step 1: chargers from cp-locations.csv -> registry charger_id -> rated_power_kw.
  Step 2: sessions from the four session files in file-name order; duplicate/correction
          state carries across files; rejected rows never touch the stored state.
"""
import csv
import io
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

DATA_DIR = sys.argv[1] if len(sys.argv) > 1 else str(__import__("pathlib").Path(__file__).resolve().parents[1] / "resources" / "dundee")
LONDON = ZoneInfo("Europe/London")
FUTURE_LIMIT = datetime(2026, 11, 22, tzinfo=timezone.utc)   # IN_FUTURE if strictly after
MAX_DURATION = timedelta(hours=72)                            # TOO_LONG if strictly longer
TOLERANCE = Fraction(105, 100)                                # ENERGY_ABOVE_RATED factor
POWER_BY_TYPE = {"Slow": 7, "Fast": 22, "Rapid": 50}
CHARGER_REASONS = ["MISSING_FIELD", "UNPARSABLE"]
SESSION_REASONS = ["MISSING_FIELD", "UNPARSABLE", "END_NOT_AFTER_START", "NEGATIVE_ENERGY",
                   "TOO_LONG", "IN_FUTURE", "UNKNOWN_CHARGER", "ENERGY_ABOVE_RATED"]
SESSION_FILES = sorted(["cpdata.csv", "cp-data-dec-mar-2018.csv",
                        "cp-data-mar-may-2018.csv", "charge-sessions-june-sept.csv"])
DATE_TIME = re.compile(r"(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2})")       # dd/MM/yyyy HH:mm
DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")      # java.math.BigDecimal syntax


def read_records(path):
    """Yield (physical_start_line, {header: trimmed value or None}, n_cells, n_header).
    RFC 4180 via the csv module; BOM stripped by utf-8-sig; header = physical line 1.
    Columns with an empty header are ignored. Start line = end line of previous record + 1."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        text = fh.read()
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader)]
    prev_end = reader.line_num
    for cells in reader:
        start, prev_end = prev_end + 1, reader.line_num
        row = {"__ignored__": [c for h, c in zip(header, cells) if not h and c.strip()]}
        for name, value in zip(header, cells):
            if name and name not in row:
                value = value.strip()
                row[name] = value if value else None
        yield start, row, len(cells), len(header)


class Ledger:
    """Identity-keyed store of the latest version: ACCEPTED / DUPLICATE / CORRECTED."""
    def __init__(self):
        self.latest = {}

    def offer(self, identity, content):
        if identity not in self.latest:
            outcome = "ACCEPTED"
        elif self.latest[identity] == content:
            return "DUPLICATE"
        else:
            outcome = "CORRECTED"
        self.latest[identity] = content
        return outcome


class FileStats:
    def __init__(self, name, reasons):
        self.reasons = reasons
        self.name, self.rows, self.outcomes, self.first_line = name, 0, Counter(), {}
        self.multiline, self.surprises, self.gap_times, self.ambiguous = 0, Counter(), [], []
        self.boundary = []   # rows exactly at the TOO_LONG or ENERGY_ABOVE_RATED limit

    def record(self, line, outcome):
        self.rows += 1
        self.outcomes[outcome] += 1
        self.first_line.setdefault(outcome, line)

    def report(self):
        o = self.outcomes
        print(f"== {self.name}")
        print(f"   data rows        {self.rows}")
        for k in ("ACCEPTED", "CORRECTED", "DUPLICATE"):
            print(f"   {k.lower():<16} {o[k]}")
        assert set(o) <= set(self.reasons) | {"ACCEPTED", "CORRECTED", "DUPLICATE"}
        print(f"   rejected         {sum(o[k] for k in self.reasons)}")
        for k in self.reasons:
            print(f"     {k:<22} {o[k]:>6}   first at physical line {self.first_line.get(k, '-')}")
        if "CORRECTED" in self.first_line:
            print(f"   first corrected row at physical line {self.first_line['CORRECTED']}")
        print(f"   multi-line records: {self.multiline}")
        total = sum(o.values())
        print(f"   check accepted+corrected+duplicates+rejected = {total} == {self.rows}: "
              f"{'OK' if total == self.rows else 'MISMATCH'}")
        if self.name != "cp-locations.csv":
            print(f"   spring-forward gap times (rejected UNPARSABLE): {len(self.gap_times)}")
            for line, field, value in self.gap_times:
                print(f"     line {line}: {field} = {value}")
        if self.ambiguous:
            print(f"   ambiguous (autumn overlap) times, resolved to BST +01:00: {len(self.ambiguous)}"
                  f" on lines {sorted({l for l, _, _ in self.ambiguous})}")
        for what, line, outcome in self.boundary:
            print(f"   boundary: line {line} {what} -> {outcome}")
        for s, n in sorted(self.surprises.items()):
            print(f"   SURPRISE: {s}: {n}")


def note_shape(stats, n_cells, n_header, row):
    if n_cells < n_header:
        stats.surprises["rows with fewer cells than the header"] += 1
    if n_cells > n_header:
        stats.surprises["rows with more cells than the header"] += 1
    if row.pop("__ignored__"):
        stats.surprises["rows with non-empty cells under an empty header (ignored)"] += 1
    if any(v is not None and ("\n" in v or "\r" in v) for v in row.values()):
        stats.multiline += 1


# ---------------------------------------------------------------- step 1: chargers
def load_chargers():
    stats, ledger = FileStats("cp-locations.csv", CHARGER_REASONS), Ledger()
    for line, r, n_cells, n_header in read_records(f"{DATA_DIR}/cp-locations.csv"):
        note_shape(stats, n_cells, n_header, r)
        charger_id, site_id, ctype = r.get("CP ID"), r.get("Location"), r.get("Type")
        if charger_id is None or site_id is None or ctype is None:   # order: id, site, power
            stats.record(line, "MISSING_FIELD")
            continue
        if ctype not in POWER_BY_TYPE:
            stats.record(line, "UNPARSABLE")
            continue
        if not charger_id.isdigit():
            stats.surprises[f"non-numeric CP ID accepted as-is: {charger_id!r} (line {line})"] += 1
        content = (charger_id, "DUNDEE-CC", site_id, "SSEN", "PUBLIC", POWER_BY_TYPE[ctype])
        stats.record(line, ledger.offer(charger_id, content))
    registry = {cid: content[5] for cid, content in ledger.latest.items()}
    return stats, registry


# ---------------------------------------------------------------- step 2: sessions
def parse_local(value, stats, line, field):
    """dd/MM/yyyy HH:mm in Europe/London -> aware UTC datetime, or None if unparsable.
    Non-existent (spring-forward gap) times are unparsable; ambiguous autumn times
    take the earlier offset (fold=0 = BST, +01:00)."""
    m = DATE_TIME.fullmatch(value)
    if not m:
        return None
    d, mo, y, h, mi = map(int, m.groups())
    try:
        local = datetime(y, mo, d, h, mi, tzinfo=LONDON)          # fold=0
    except ValueError:                                             # e.g. 31/02, 24:00
        return None
    utc = local.astimezone(timezone.utc)
    if utc.astimezone(LONDON).replace(tzinfo=None) != local.replace(tzinfo=None):
        stats.gap_times.append((line, field, value))               # wall time does not exist
        return None
    if local.replace(fold=1).utcoffset() != local.utcoffset():
        stats.ambiguous.append((line, field, value))               # autumn overlap, took BST
    return utc


def validate_session(r, registry, stats, line):
    """Return (reason, None) or (None, canonical content)."""
    sid, cid = r.get("Charging event"), r.get("CP ID")
    start_txt = None if r.get("Start Date") is None or r.get("Start Time") is None \
        else f"{r['Start Date']} {r['Start Time']}"
    end_txt = None if r.get("End Date") is None or r.get("End Time") is None \
        else f"{r['End Date']} {r['End Time']}"
    energy_txt, id_tag = r.get("Total kWh"), r.get("User ID")      # User ID optional
    # 1. MISSING_FIELD (session_id, charger_id, started_at, ended_at, energy_kwh)
    if None in (sid, cid, start_txt, end_txt, energy_txt):
        return "MISSING_FIELD", None
    # 2. UNPARSABLE (same field order)
    start = parse_local(start_txt, stats, line, "started_at")
    if start is None:
        return "UNPARSABLE", None
    end = parse_local(end_txt, stats, line, "ended_at")
    if end is None:
        return "UNPARSABLE", None
    if not DECIMAL.fullmatch(energy_txt):
        return "UNPARSABLE", None
    energy = Decimal(energy_txt)
    # 3..9 business rules
    if end <= start:
        return "END_NOT_AFTER_START", None
    if energy < 0:
        return "NEGATIVE_ENERGY", None
    if end - start == MAX_DURATION:
        stats.boundary.append(("duration exactly 72 h", line, None))
    if end - start > MAX_DURATION:
        return "TOO_LONG", None
    if start > FUTURE_LIMIT or end > FUTURE_LIMIT:
        return "IN_FUTURE", None
    if cid not in registry:
        return "UNKNOWN_CHARGER", None
    # (8. operator isolation never applies: every charger belongs to DUNDEE-CC)
    hours = Fraction((end - start) // timedelta(seconds=1), 3600)  # exact rational hours
    limit = registry[cid] * hours * TOLERANCE
    if Fraction(energy) == limit:
        stats.boundary.append((f"energy {energy_txt} kWh == rated*hours*1.05 exactly", line, None))
    if Fraction(energy) > limit:
        return "ENERGY_ABOVE_RATED", None
    return None, (sid, cid, start, end, energy.normalize(), id_tag)


def main():
    loc_stats, registry = load_chargers()
    loc_stats.report()
    print(f"   registry ({len(registry)} chargers): "
          + ", ".join(f"{k}={v}" for k, v in sorted(registry.items())))

    ledger, totals = Ledger(), Counter()
    unknown_ids = Counter()
    total_rows = 0
    for name in SESSION_FILES:
        stats = FileStats(name, SESSION_REASONS)
        for line, r, n_cells, n_header in read_records(f"{DATA_DIR}/{name}"):
            note_shape(stats, n_cells, n_header, r)
            reason, content = validate_session(r, registry, stats, line)
            if reason == "UNKNOWN_CHARGER":
                unknown_ids[r["CP ID"]] += 1
            outcome = reason or ledger.offer(content[0], content)
            stats.boundary = [(w, l, o or outcome) for w, l, o in stats.boundary]
            stats.record(line, outcome)
        stats.report()
        totals.update(stats.outcomes)
        total_rows += stats.rows

    print("== TOTAL over the four session files")
    print(f"   data rows        {total_rows}")
    for k in ("ACCEPTED", "CORRECTED", "DUPLICATE"):
        print(f"   {k.lower():<16} {totals[k]}")
    print(f"   rejected         {sum(totals[k] for k in SESSION_REASONS)}")
    for k in SESSION_REASONS:
        print(f"     {k:<22} {totals[k]:>6}")
    print(f"   check sum = {sum(totals.values())} == {total_rows}: "
          f"{'OK' if sum(totals.values()) == total_rows else 'MISMATCH'}")
    print(f"   stored sessions after import: {len(ledger.latest)}")
    print("   UNKNOWN_CHARGER charger ids (not in cp-locations.csv): "
          + ", ".join(f"{k}x{v}" for k, v in sorted(unknown_ids.items())))


if __name__ == "__main__":
    main()
