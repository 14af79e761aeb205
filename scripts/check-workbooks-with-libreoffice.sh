#!/usr/bin/env bash
# Opens a run's workbooks in LibreOffice (headless) and checks that they open, and that the
# auditor's live totals equal the sums of the run's exported lines.
#   usage: scripts/check-workbooks-with-libreoffice.sh HOME PERIOD RUN_ID
#   needs: soffice (Debian: apt-get install libreoffice-calc-nogui), python3
set -euo pipefail
home=$1 period=$2 run=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$home/reports/$period/$run/regulator.xlsx" "$home/reports/$period/$run/auditor.xlsx" "$work/"
# -1: every sheet to its own CSV
filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
(cd "$work" && soffice --headless --convert-to "$filter" regulator.xlsx auditor.xlsx >/dev/null)
for sheet in Summary "Energy by window" "Valley share" Subsidies Compliance "Data quality"; do
  [[ -s "$work/regulator-$sheet.csv" ]] || { echo "regulator.xlsx: sheet $sheet missing"; exit 1; }
done
python3 - "$work/auditor-Totals.csv" "$home/outbox" "$period" "$run" <<'PY'
import csv, glob, sys
from decimal import Decimal
totals_csv, outbox, period, run = sys.argv[1:]
shown = {r[0]: Decimal(r[1]) for r in list(csv.reader(open(totals_csv)))[1:]}
summed, seen = {}, set()
files = glob.glob(f"{outbox}/utilities/*/{period}/{run}/lines.csv") + \
        glob.glob(f"{outbox}/regulator/{period}/{run}/lines.csv")
for path in files:
    for line in csv.DictReader(open(path)):
        key = tuple(line.values())          # a line in two exports (utility and fund) counts once
        if key in seen:
            continue
        seen.add(key)
        summed[line["component"]] = summed.get(line["component"], Decimal(0)) + Decimal(line["amount"])
bad = [c for c in set(shown) | set(summed) if shown.get(c, 0) != summed.get(c, 0)]
print("auditor totals (LibreOffice):", {c: str(v) for c, v in sorted(shown.items())})
print("sums of exported lines:      ", {c: str(v) for c, v in sorted(summed.items())})
sys.exit(f"totals differ for {bad}" if bad else 0)
PY
echo "workbooks of $run open in LibreOffice and the auditor's totals match the exports"
