#!/usr/bin/env bash
# The demo walkthrough (shared/spec/scenario.md §7), acting out the user guides with curl against the
# running demo (`./run demo`). `./run demo` prints this file; copy a step into a shell, or run it whole:
#   bash deploy/walkthrough.sh
# The URLs default to the demo's ports; the end-to-end tests run this same file against their own ports.
set -euo pipefail
TOKENS=${TOKENS:-http://127.0.0.1:8085}
REQUESTS=${REQUESTS:-http://127.0.0.1:8082}
APPROVAL=${APPROVAL:-http://127.0.0.1:8083}
DELEGATION=${DELEGATION:-http://127.0.0.1:8084}
API=/authentication/api/v1
# A suffix for the requests' externalRef, so the walkthrough can run again against the same demo.
RUN=${RUN:-$(date +%s)}
# field NAME: one member of the JSON document on stdin (python3 only reads it).
field() { python3 -c 'import json,sys; v=json.load(sys.stdin).get(sys.argv[1]); print(json.dumps(v) if isinstance(v,(list,dict)) else v)' "$1"; }
step() { printf '\n== %s\n' "$*"; }
person() { curl -sf "$TOKENS/api/GetPersonalToken?pid=$1&userId=$2&scopes=altinn:portal/enduser%20altinn:clientdelegations.read%20altinn:clientdelegations.write"; }

step "Tokens: SmartCloud (vendor), DRESS MINST, SINDIG BLYANT, STADIG KONSERT (persons), a policy enforcement point"
SMARTCLOUD=$(curl -sf "$TOKENS/api/GetEnterpriseToken?org=315602122&scopes=altinn:authentication/systemregister.write%20altinn:authentication/systemuser.request.write%20altinn:authentication/systemuser.request.read%20altinn:authentication/systemuser.read")
DRESS=$(person 12838148288 20001)
SINDIG=$(person 02829241792 20005)
STADIG=$(person 27917413504 20002)
PEP=$(curl -sf "$TOKENS/api/GetPlatformToken?app=demo-pep")
echo "ok (the systems 315602122_smartcloud and 315602122_smartcloud_klient were registered by the demo's loader)"

step "J1 SmartCloud asks DISKRET NÆR TIGER AS (310202398) for a standard system user"
R1=$(curl -sf -X POST "$REQUESTS$API/systemuser/request/vendor" -H "Authorization: Bearer $SMARTCLOUD" \
  -H 'Content-Type: application/json' -d '{"externalRef":"smartcloud-dnt-'"$RUN"'","systemId":"315602122_smartcloud",
  "partyOrgNo":"310202398","rights":[{"resource":[{"id":"urn:altinn:resource","value":"ske-krav-og-betalinger"}]}],
  "redirectUrl":"http://localhost:8089/receipt?kunde=dnt"}')
R1_ID=$(echo "$R1" | field id)
echo "request $R1_ID, status $(echo "$R1" | field status)"
echo "the customer opens: $(echo "$R1" | field confirmUrl)"

step "J2 DRESS MINST (daglig leder) approves, and is sent back to SmartCloud's receipt page"
curl -sf -X POST "$APPROVAL$API/systemuser/request/310202398/$R1_ID/approve" -H "Authorization: Bearer $DRESS"; echo
echo "SmartCloud polls: $(curl -sf "$REQUESTS$API/systemuser/request/vendor/$R1_ID" -H "Authorization: Bearer $SMARTCLOUD" | field status)"

step "J3-J4 SmartCloud asks TILFELDIG SUBTIL APE (310904473) for two rights; SINDIG BLYANT lacks a-melding"
R2=$(curl -sf -X POST "$REQUESTS$API/systemuser/request/vendor" -H "Authorization: Bearer $SMARTCLOUD" \
  -H 'Content-Type: application/json' -d '{"externalRef":"smartcloud-ape-'"$RUN"'","systemId":"315602122_smartcloud",
  "partyOrgNo":"310904473","rights":[{"resource":[{"id":"urn:altinn:resource","value":"ske-krav-og-betalinger"}]},
  {"resource":[{"id":"urn:altinn:resource","value":"a-melding"}]}]}')
R2_ID=$(echo "$R2" | field id)
curl -s -X POST "$APPROVAL$API/systemuser/request/310904473/$R2_ID/approve" -H "Authorization: Bearer $SINDIG"; echo

step "J5-J7 SINDIG BLYANT escalates ('Ja, send videre'); STADIG KONSERT sees it pending and approves"
curl -sf -X POST "$APPROVAL$API/systemuser/request/310904473/$R2_ID/escalate" -H "Authorization: Bearer $SINDIG"; echo
curl -sf "$APPROVAL$API/systemuser/request/310904473/310904473/pending" -H "Authorization: Bearer $STADIG" \
  | python3 -c 'import json,sys; [print("pending:", r["id"], "escalated by", r["escalatedBy"]["pid"]) for r in json.load(sys.stdin)]'
curl -sf -X POST "$APPROVAL$API/systemuser/request/310904473/$R2_ID/approve" -H "Authorization: Bearer $STADIG"; echo

step "J8-J10 SmartCloud asks the accounting firm TUT (314250052) for an agent system user; DRESS MINST approves"
R3=$(curl -sf -X POST "$REQUESTS$API/systemuser/request/vendor/agent" -H "Authorization: Bearer $SMARTCLOUD" \
  -H 'Content-Type: application/json' -d '{"externalRef":"smartcloud-tut-'"$RUN"'","systemId":"315602122_smartcloud_klient",
  "partyOrgNo":"314250052","accessPackages":[{"urn":"urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"},
  {"urn":"urn:altinn:accesspackage:skattegrunnlag"}]}')
R3_ID=$(echo "$R3" | field id)
curl -sf -X POST "$APPROVAL$API/systemuser/request/agent/314250052/$R3_ID/approve" -H "Authorization: Bearer $DRESS"; echo

step "J11 the clients that cover BOTH packages (the AND rule)"
curl -sf "$DELEGATION$API/enduser/systemuser/clients/available?agent=$R3_ID" -H "Authorization: Bearer $DRESS" \
  | python3 -c 'import json,sys; [print("available:", c["clientOrganizationNumber"], c["clientOrganizationName"]) for c in json.load(sys.stdin)["data"]]'

step "J12 DRESS MINST adds KVIKK SMIDIG OTER AS and ROLIG GRUNDIG BJØRN AS"
for client in 315710340 315710359; do
  curl -sf -X POST "$DELEGATION$API/enduser/systemuser/clients?agent=$R3_ID&client=$client" -H "Authorization: Bearer $DRESS"; echo
done

step "J13 MODIG LYSEGRØNN ELG AS is refused: TUT holds regnskapsfører but not skattegrunnlag for it"
curl -s -X POST "$DELEGATION$API/enduser/systemuser/clients?agent=$R3_ID&client=315710367" -H "Authorization: Bearer $DRESS"; echo

step "J15 decisions: may the agent system user act for its client, and for the refused one?"
for party in 315710340 315710367; do
  curl -sf -X POST "$DELEGATION/authorization/api/v1/decision" -H "Authorization: Bearer $PEP" \
    -H 'Content-Type: application/json' -d "{\"subject\":\"$R3_ID\",\"party\":\"$party\",\"resource\":\"ske-krav-og-betalinger\"}" \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sys.argv[1], d["decision"], d["reason"]["code"])' "$party"
done
echo
echo "walkthrough complete"
