#!/usr/bin/env bash
# Runs the whole workload once against a running deployment, from outside, and says what each step got:
# users, tariff, account and meters, sales, a keyed retry, refusals, a card batch (print file once,
# activation, redemption), a reversal, overview, card inventory, cashier totals, trial balance, audit
# history, the hash chain and its check, replay and verification.
#   benchmarks/workload-check.sh COMMAND_URL QUERY_URL ADMIN_PASSWORD
# For the standalone app both URLs are the same (http://127.0.0.1:8080). Needs curl and jq.
# Exits non-zero at the first step that does not get what it should.
set -euo pipefail
CMD=${1:?command side URL}; QRY=${2:?query side URL}; ADMIN_PASSWORD=${3:?admin password}
PASSWORD='Workload-check-pw-2026'
run=$(date +%s)
failures=0

call() { # call METHOD URL LOGIN:PASSWORD [BODY] [extra curl args...] -> prints "status body"
  local method=$1 url=$2 auth=$3 body=${4:-}; shift 4 || shift $#
  local out status
  out=$(mktemp)
  if [ -n "$body" ]; then
    status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" -u "$auth" -H 'Content-Type: application/json' "$@" -d "$body" "$url")
  else
    status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" -u "$auth" "$@" "$url")
  fi
  echo "$status $(cat "$out")"; rm -f "$out"
}
expect() { # expect STEP WANTED_STATUS "status body" -> prints the body
  local step=$1 wanted=$2 got=$3 status=${3%% *} body=${3#* }
  if [ "$status" = "$wanted" ]; then printf 'ok    %-44s %s\n' "$step" "$status" >&2
  else printf 'FAIL  %-44s %s (wanted %s) %s\n' "$step" "$status" "$wanted" "${body:0:300}" >&2; failures=$((failures + 1)); fi
  echo "$body"
}
until_ok() { # until_ok STEP URL AUTH JQ_FILTER: polls a query until the filter is true (at most 30 s)
  local step=$1 url=$2 auth=$3 filter=$4 body
  for _ in $(seq 1 60); do
    body=$(curl -s -u "$auth" "$url")
    if echo "$body" | jq -e "$filter" >/dev/null 2>&1; then printf 'ok    %-44s\n' "$step" >&2; echo "$body"; return; fi
    sleep 0.5
  done
  printf 'FAIL  %-44s %s\n' "$step" "${body:0:300}" >&2; failures=$((failures + 1)); echo "$body"
}

A="admin:$ADMIN_PASSWORD"
for role in CASHIER SUPERVISOR CARD_ADMIN FINANCE AUDITOR; do
  login=$(echo "w${run}${role}" | tr 'A-Z_' 'a-z-' | cut -c1-30)
  expect "user $role" 201 "$(call POST "$CMD/api/users" "$A" "{\"login\":\"$login\",\"name\":\"Workload $role\",\"password\":\"$PASSWORD\",\"roles\":[\"$role\"],\"vendorLimit\":\"500000.00\",\"specialLimit\":\"5000.00\"}")" >/dev/null
  declare "U_$role=$login:$PASSWORD"
done
cashier=${U_CASHIER%%:*}; supervisor=${U_SUPERVISOR%%:*}

tariff="wt$run"
expect "tariff" 201 "$(call POST "$CMD/api/tariffs" "$A" "{\"tariffId\":\"$tariff\",\"name\":\"Workload\",\"pricePerKwh\":\"0.500000\",\"taxPercent\":\"15\"}")" >/dev/null
account=$(expect "account" 201 "$(call POST "$CMD/api/accounts" "$U_CASHIER" "{\"name\":\"Workload Customer\",\"phone\":\"+27820000000\",\"tariffId\":\"$tariff\"}")" | jq -r .accountNumber)
other=$(expect "second account" 201 "$(call POST "$CMD/api/accounts" "$U_CASHIER" "{\"name\":\"Second Customer\",\"tariffId\":\"$tariff\"}")" | jq -r .accountNumber)
ami="AMI$run"
expect "AMI meter" 201 "$(call POST "$CMD/api/accounts/$account/meters" "$U_CASHIER" "{\"meterNumber\":\"$ami\",\"kind\":\"AMI\"}")" >/dev/null
# an STS meter: 11 digits, the last a Luhn check digit
drn=$(python3 -c "import random; d=[random.randint(0,9) for _ in range(10)]; s=sum((x*2-9 if x*2>9 else x*2) if i%2==0 else x for i,x in enumerate(reversed(d))); print(''.join(map(str,d))+str((10-s%10)%10))")
expect "STS meter" 201 "$(call POST "$CMD/api/accounts/$account/meters" "$U_CASHIER" "{\"meterNumber\":\"$drn\",\"kind\":\"STS\",\"sts\":{\"supplyGroupCode\":\"123457\",\"tariffIndex\":\"01\",\"keyRevision\":1,\"keyType\":2,\"baseDate\":2014,\"algorithm\":\"EA11\"}}")" >/dev/null
expect "same meter again: 409" 409 "$(call POST "$CMD/api/accounts/$other/meters" "$U_CASHIER" "{\"meterNumber\":\"$ami\",\"kind\":\"AMI\"}")" >/dev/null

sale=$(expect "cash sale" 201 "$(call POST "$CMD/api/accounts/$account/purchases" "$U_CASHIER" "{\"amount\":\"100.00\",\"tender\":\"CASH\",\"tendered\":\"120.00\",\"meterNumber\":\"$drn\"}")")
sale_number=$(echo "$sale" | jq -r .transactionNumber)
key="wk-$run"
first=$(expect "keyed deposit" 201 "$(call POST "$CMD/api/accounts/$account/wallet/deposits" "$U_CASHIER" '{"amount":"50.00","tender":"CASH"}' -H "Idempotency-Key: $key")")
again=$(expect "keyed deposit retried: same answer" 201 "$(call POST "$CMD/api/accounts/$account/wallet/deposits" "$U_CASHIER" '{"amount":"50.00","tender":"CASH"}' -H "Idempotency-Key: $key")")
[ "$(echo "$first" | jq .transactionNumber)" = "$(echo "$again" | jq .transactionNumber)" ] || { echo "FAIL  keyed retry gave another transaction" >&2; failures=$((failures + 1)); }
expect "transfer beyond the wallet: 422" 422 "$(call POST "$CMD/api/accounts/$other/wallet/transfers" "$U_CASHIER" "{\"toAccount\":\"$account\",\"amount\":\"10.00\"}")" >/dev/null
expect "transfer" 201 "$(call POST "$CMD/api/accounts/$account/wallet/transfers" "$U_CASHIER" "{\"toAccount\":\"$other\",\"amount\":\"10.00\"}")" >/dev/null
expect "wallet purchase (an STS token)" 201 "$(call POST "$CMD/api/accounts/$account/wallet/purchases" "$U_CASHIER" "{\"amount\":\"20.00\",\"meterNumber\":\"$drn\"}")" >/dev/null
expect "reversal by a cashier: 403" 403 "$(call POST "$CMD/api/transactions/$sale_number/reversal" "$U_CASHIER" '{"reason":"workload"}')" >/dev/null
expect "reversal" 201 "$(call POST "$CMD/api/transactions/$sale_number/reversal" "$U_SUPERVISOR" '{"reason":"workload check"}')" >/dev/null

batch=$(expect "card batch of 100" 201 "$(call POST "$CMD/api/card-batches" "$U_CARD_ADMIN" '{"quantity":100,"denomination":"10.00","pinLength":16,"pinAlphabet":"NUMERIC"}')")
batch_id=$(echo "$batch" | jq -r .batchId); first_serial=$(echo "$batch" | jq -r .firstSerial); last_serial=$(echo "$batch" | jq -r .lastSerial)
file=$(mktemp)
status=$(curl -s -o "$file" -w '%{http_code}' -u "$U_CARD_ADMIN" "$CMD/api/card-batches/$batch_id/print-file")
expect "print file" 200 "$status $(wc -l < "$file") lines" >/dev/null
pin=$(sed -n 2p "$file" | cut -d, -f2); rm -f "$file"
expect "print file again: 410" 410 "$(call GET "$CMD/api/card-batches/$batch_id/print-file" "$U_CARD_ADMIN")" >/dev/null
expect "verify range" 200 "$(call POST "$CMD/api/cards/verify" "$U_SUPERVISOR" "{\"firstSerial\":\"$first_serial\",\"lastSerial\":\"$last_serial\"}")" >/dev/null
expect "activate 100 cards" 201 "$(call POST "$CMD/api/cards/activate" "$U_SUPERVISOR" "{\"firstSerial\":\"$first_serial\",\"lastSerial\":\"$last_serial\",\"customer\":\"cash\",\"tender\":\"CASH\",\"expectedTotal\":\"1000.00\"}")" >/dev/null
expect "redeem a card into the wallet" 201 "$(call POST "$CMD/api/cards/redeem" "$U_CASHIER" "{\"pin\":\"$pin\",\"accountNumber\":\"$account\"}")" >/dev/null
expect "redeem it again: 422" 422 "$(call POST "$CMD/api/cards/redeem" "$U_CASHIER" "{\"pin\":\"$pin\",\"accountNumber\":\"$account\"}")" >/dev/null

until_ok "overview: wallet 50 - 10 - 20 + 10 = 30.00" "$QRY/api/accounts/$account/overview" "$U_CASHIER" '.balances.wallet == "30.00"' >/dev/null
until_ok "card inventory: 99 activated of the batch" "$QRY/api/reports/card-inventory" "$U_FINANCE" '[.rows[] | select(.state == "ACTIVATED")] | length > 0' >/dev/null
from=$(date -u +%F)
until_ok "cashier totals" "$QRY/api/reports/cashier-totals?from=$from&to=$from&cashier=$cashier" "$U_FINANCE" '. != null' >/dev/null
until_ok "trial balance balances" "$QRY/api/reports/trial-balance" "$U_FINANCE" '.balanced == true and .totalDebit == .totalCredit' >/dev/null
until_ok "invariants hold" "$QRY/api/reports/invariants" "$U_FINANCE" '.holds == true' >/dev/null
until_ok "audit history of the account" "$QRY/api/audit/events?aggregateId=$account" "$U_AUDITOR" '.events | length >= 6' >/dev/null
until_ok "hash chain has a head" "$QRY/api/audit/chain" "$U_AUDITOR" '.position >= 0' >/dev/null
expect "chain check" 200 "$(call POST "$QRY/api/audit/chain-verification" "$U_AUDITOR")" | jq -c '{eventsChecked, intact, problem}' >&2
verification=$(call POST "$QRY/api/audit/verification" "$U_AUDITOR")
expect "verification started" 202 "$verification" >/dev/null
id=$(echo "${verification#* }" | jq -r .id)
until_ok "verification finds no mismatch" "$QRY/api/audit/verification/$id" "$U_AUDITOR" '.state == "DONE" and .result.mismatchCount == 0' | jq -c '{state, eventsRead, mismatches: .result.mismatchCount}' >&2

expect "replay every projection" 202 "$(call POST "$QRY/api/admin/replay" "$A")" >/dev/null
until_ok "replay done" "$QRY/api/admin/replay" "$A" '.rebuilding == false' >/dev/null
until_ok "overview after the replay" "$QRY/api/accounts/$account/overview" "$U_CASHIER" '.balances.wallet == "30.00"' >/dev/null
verification=$(call POST "$QRY/api/audit/verification" "$U_AUDITOR")
expect "verification after the replay" 202 "$verification" >/dev/null
id=$(echo "${verification#* }" | jq -r .id)
until_ok "no mismatch after the replay" "$QRY/api/audit/verification/$id" "$U_AUDITOR" '.state == "DONE" and .result.mismatchCount == 0' | jq -c '{state, eventsRead, mismatches: .result.mismatchCount}' >&2

echo "$failures step(s) failed" >&2
[ "$failures" -eq 0 ]
