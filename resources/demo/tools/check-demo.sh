#!/bin/bash
# Consistency checks for the demo workspace (needs jq): plan vs planned_values vs prior_state vs state,
# per-plan action counts, and only documentation IP ranges. Usage: resources/demo/tools/check-demo.sh
cd "$(dirname "$0")/.." && fail=0
for e in production staging pr-123 pr-124; do
  p=plans/$e.plan.json; s=states/$e.tfstate
  rc=$(jq -c '[.resource_changes[]|select(.change.actions!=["delete"])|.address]|sort' $p)
  pv=$(jq -c '[.planned_values.root_module|(.resources//[])[],((.child_modules//[])[].resources[])|.address]|sort' $p)
  prc=$(jq -c '[.resource_changes[]|select(.change.before!=null)|.address]|sort' $p)
  ps=$(jq -c '[.prior_state.values.root_module//{}|(.resources//[])[],((.child_modules//[])[].resources[])|.address]|sort' $p)
  st=$(jq -c '[.resources[]|(if .module then .module+"." else "" end)+.type+"."+.name]|sort' $s)
  [ "$rc" = "$pv" ] || { echo "$e: planned_values != non-delete changes"; fail=1; }
  [ "$prc" = "$ps" ] || { echo "$e: prior_state != changes with before"; fail=1; }
  [ "$ps" = "$st" ] || { echo "$e: state resources != prior_state"; fail=1; }
  # state attributes vs prior_state values (drifted resources excepted)
  drift=$(jq -c '[.resource_drift[]?.address]' $p)
  d=$(jq -n --argjson drift "$drift" --slurpfile p $p --slurpfile s $s '
     [$p[0].prior_state.values.root_module//{}|(.resources//[])[],((.child_modules//[])[].resources[])|{key:.address,value:.values}]|from_entries as $pv
     | [$s[0].resources[]|{key:((if .module then .module+"." else "" end)+.type+"."+.name),value:.instances[0].attributes}]
     | map(select((.key|IN($drift[]))|not) | select($pv[.key] != (.value|del(..|nulls)) and $pv[.key] != .value) | .key)')
  [ "$d" = "[]" ] || { echo "$e: attribute mismatch state vs prior_state: $d"; fail=1; }
  echo "$e: $(jq -c '[.resource_changes[].change.actions|join("/")]|group_by(.)|map({(.[0]):length})|add' $p) drift=$(jq '.resource_drift|length' $p) lines=$(wc -l <$p)"
done
# only documentation IP ranges and example domains
bad=$(grep -rhoE '\b([0-9]{1,3}\.){3}[0-9]{1,3}\b' plans states | sort -u | grep -vE '^(203\.0\.113|198\.51\.100)\.|^0\.0\.0\.0$|^10\.' )
[ -z "$bad" ] || { echo "non-doc IPv4: $bad"; fail=1; }
bad6=$(grep -rhoE '[0-9a-f]{1,4}:[0-9a-f:]+::[0-9a-f/]*' plans states | sort -u | grep -v '^2001:db8')
[ -z "$bad6" ] || { echo "non-doc IPv6: $bad6"; fail=1; }
exit $fail
