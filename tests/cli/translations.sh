#!/usr/bin/env bash
# Fails when a user-visible source string is missing from a .ts file or a translation is unfinished or empty.
# Runs lupdate (same options as the update_translations target) on copies of the committed .ts files and looks for
# what lupdate had to add (type="unfinished") or found gone (type="vanished"/"obsolete").
# Usage: translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
LUPDATE=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
status=0
for module in core ui; do
    case $module in
        core) dirs=("$SRC/core") ;;
        ui) dirs=("$SRC/ui" "$SRC/app") ;;
    esac
    copies=()
    for ts in "$SRC"/translations/${module}_*.ts; do
        cp "$ts" "$TMP/"
        copies+=("$TMP/$(basename "$ts")")
    done
    [ ${#copies[@]} -gt 0 ] || { echo "no translations/${module}_*.ts files"; exit 1; }
    "$LUPDATE" -silent -locations none -no-obsolete "${dirs[@]}" -ts "${copies[@]}" >/dev/null 2>&1
    for ts in "${copies[@]}"; do
        name=$(basename "$ts")
        python3 - "$ts" "$SRC/translations/$name" <<'PY' || status=1
import sys, xml.etree.ElementTree as ET
updated, committed = sys.argv[1], sys.argv[2]
name = committed.rsplit('/', 1)[-1]
def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter('context'):
        c = ctx.findtext('name')
        for m in ctx.iter('message'):
            out[(c, m.findtext('source'))] = m
    return out
problems = []
new, old = messages(updated), messages(committed)
for key, m in new.items():
    if key not in old:
        problems.append('missing from %s: [%s] "%s"' % (name, key[0], key[1]))
        continue
    t = m.find('translation')
    kind = t.get('type', '')
    if kind in ('unfinished', 'vanished', 'obsolete'):
        problems.append('%s in %s: [%s] "%s"' % (kind, name, key[0], key[1]))
    elif m.get('numerus') == 'yes':
        if not [f for f in t.iter('numerusform') if (f.text or '').strip()]:
            problems.append('empty plural translation in %s: [%s] "%s"' % (name, key[0], key[1]))
    elif not (t.text or '').strip():
        problems.append('empty translation in %s: [%s] "%s"' % (name, key[0], key[1]))
for key in old:
    if key not in new:
        problems.append('no longer in the sources, remove with update_translations: %s [%s] "%s"' % (name, key[0], key[1]))
for p in problems[:40]:
    print(p)
if problems:
    print('%s: %d problem(s) of %d messages; run: cmake --build build --target update_translations, then translate' % (name, len(problems), len(new)))
    sys.exit(1)
print('%s: %d messages, all translated' % (name, len(new)))
PY
    done
done
exit $status
