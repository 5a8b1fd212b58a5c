#!/usr/bin/env bash
# Extract the interface's strings from the code into the .ts sources (pyside6-lupdate), keeping
# the translations already made. facilitator_en.ts holds only the plural forms (English needs its
# own "1 warning" / "2 warnings"). Translate with pyside6-linguist or any .ts editor; the app
# compiles the .ts files itself (facilitator/ui/language.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
# The core's refusals are constant templates; list them where lupdate can see them (ui/refusals.py).
python resources/translations/refusals.py
sources=$(git ls-files 'facilitator/*.py'; ls facilitator/ui/*.py) 
sources=$(printf '%s\n' $sources | sort -u)
pyside6-lupdate -locations none -no-obsolete $sources -ts \
  resources/translations/facilitator_{fr,es,ar,zh,ru}.ts
pyside6-lupdate -locations none -no-obsolete -pluralonly $sources -ts \
  resources/translations/facilitator_en.ts
