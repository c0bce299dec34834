#!/usr/bin/env bash
# Walks the reference route as the demo users: the legal officer writes and submits a memo, three approvers
# endorse it, the mayor signs, and the memo appears on the public site. Needs curl and jq.
# Usage: scripts/walk-route.sh [base-url]   (default http://localhost:5080)
set -euo pipefail
BASE=${1:-http://localhost:5080}
PASSWORD=${DEMO_PASSWORD:-Demo-1234!}

token() { curl -sf -X POST "$BASE/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"userName\":\"$1\",\"password\":\"$PASSWORD\"}" | jq -r .accessToken; }
act() { curl -sf -X POST "$BASE/api/documents/$DOC/$2" -H "Authorization: Bearer $(token "$1")" \
  -H 'Content-Type: application/json' -d "{\"note\":${3:-null}}" | jq -c '{status, registerNumber, waitingFor}'; }

LEGAL=$(token legal)
DOC=$(curl -sf -X POST "$BASE/api/documents" -H "Authorization: Bearer $LEGAL" -H 'Content-Type: application/json' -d '{
  "routeId": "memo-approval",
  "issuer": "สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย",
  "subject": "รายงานผลการพิจารณาทางกฎหมาย",
  "salutation": "นายกเทศมนตรีตำบลโชคชัย",
  "body": "ตามที่ได้รับมอบหมายให้พิจารณาข้อกฎหมาย บัดนี้ได้ดำเนินการแล้วเสร็จ\n\nจึงเรียนมาเพื่อโปรดพิจารณา และขออนุญาตเผยแพร่บนเว็บไซต์ของเทศบาล"
}' | jq -r .id)
echo "draft $DOC"
printf '%%PDF-1.4\n%% demo report\n' > /tmp/report.pdf
curl -sf -X POST "$BASE/api/documents/$DOC/attachments" -H "Authorization: Bearer $LEGAL" \
  -F "file=@/tmp/report.pdf;type=application/pdf" | jq -c '{fileName, sha256}'
echo "submit:   $(act legal submit)"
echo "section:  $(act section endorse)"
echo "office:   $(act office endorse '"เห็นควรอนุญาต"')"
echo "clerk:    $(act clerk endorse)"
echo "mayor:    $(act mayor sign '"อนุญาต"')"
curl -sf "$BASE/api/documents/$DOC" -H "Authorization: Bearer $LEGAL" | jq -r '.history[] | .marginalNote | join(" / ")'
curl -sf "$BASE/api/documents/$DOC/audit/verify" -H "Authorization: Bearer $LEGAL" | jq -c .
sleep 1
curl -sf "$BASE/public/api/memos" | jq -c '.items[0] | {registerNumber, subject, url}'
