#!/usr/bin/env bash
# Compiles and lints the Bicep with the CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (restored by
# Bicep.Tools.proj like any other package), and fails on any diagnostic: error, warning or linter message.
# Then checks that every app setting the Bicep gives the function app is documented in docs/deployment.md, and that
# src/Summarizer.Functions/local.settings.json.example, host.json and the docs agree.
set -euo pipefail

infra_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$infra_dir")"

dotnet restore "$infra_dir/Bicep.Tools.proj" --verbosity quiet
bicep_version="$(dotnet msbuild "$infra_dir/Bicep.Tools.proj" -getProperty:BicepVersion)"
packages_dir="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
bicep="$packages_dir/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
chmod +x "$bicep"
"$bicep" --version

out_dir="$(mktemp -d)"
trap 'rm -rf "$out_dir"' EXIT

failed=0
# main.bicep pulls in every module; blob-event-subscription.bicep is deployed on its own by the postdeploy hook.
for file in main.bicep blob-event-subscription.bicep; do
  for step in build lint; do
    if [ "$step" = build ]; then
      args=(build "$infra_dir/$file" --outdir "$out_dir")
    else
      args=(lint "$infra_dir/$file")
    fi
    if ! diagnostics="$("$bicep" "${args[@]}" 2>&1)"; then
      failed=1
    fi
    if [ -n "$diagnostics" ]; then
      printf '%s\n' "$diagnostics"
      failed=1
    fi
    echo "bicep $step $file: $([ -z "$diagnostics" ] && echo clean || echo FAILED)"
  done
done

# Both network settings compile with the template: a parameter file for each, checked against main.bicep's types.
for vnet in false true; do
  params="$out_dir/vnet-$vnet.bicepparam"
  cat > "$params" <<BICEPPARAM
using '$(realpath --relative-to="$out_dir" "$infra_dir/main.bicep")'
param environmentName = 'validate'
param location = 'swedencentral'
param alertEmail = 'operator@example.com'
param vnetEnabled = $vnet
BICEPPARAM
  if ! diagnostics="$("$bicep" build-params "$params" --outfile "$out_dir/vnet-$vnet.parameters.json" 2>&1)" || [ -n "$diagnostics" ]; then
    printf '%s\n' "$diagnostics"
    failed=1
  fi
  echo "bicep build-params vnetEnabled=$vnet: $([ -z "$diagnostics" ] && echo clean || echo FAILED)"
done
[ "$failed" -eq 0 ] || { echo "Bicep has diagnostics: fix them (warnings count)." >&2; exit 1; }

# The compiled templates hold the alerts, their action group, the private network and the dead-letter destination.
python3 - "$out_dir/main.json" "$out_dir/blob-event-subscription.json" <<'PY'
import json, sys

def resources(template):
    listed = template.get("resources", [])
    # Templates with symbolic names keep their resources in an object.
    for r in listed.values() if isinstance(listed, dict) else listed:
        yield r
        nested = r.get("properties")
        if isinstance(nested, dict) and isinstance(nested.get("template"), dict):
            yield from resources(nested["template"])

main = json.load(open(sys.argv[1]))
subscription = json.load(open(sys.argv[2]))
types = [r["type"] for r in resources(main)]
text = json.dumps(main)
expected = {
    "Microsoft.Insights/actionGroups": "the alerts' action group",
    "Microsoft.Insights/scheduledQueryRules": "the alert rules",
    "Microsoft.Network/virtualNetworks": "the virtual network (vnetEnabled)",
    "Microsoft.Network/privateEndpoints": "the private endpoints (vnetEnabled)",
    "Microsoft.Network/privateDnsZones": "the private DNS zones (vnetEnabled)",
}
problems = [f"{t}: {what} missing from the compiled main.json" for t, what in expected.items() if t not in types]
for metric in ("summarizer.pipeline.poison_queue.length", "summarizer.pipeline.articles", "summarizer.pipeline.oldest_unfinished.age"):
    if metric not in text:
        problems.append(f"{metric}: no alert rule reads it")
for group in ("blob", "queue", "table", "account"):
    if f"\"groupId\": \"{group}\"" not in text:
        problems.append(f"private endpoint for {group} missing")
sub = json.dumps(subscription)
if "deadLetterWithResourceIdentity" not in sub or "StorageBlob" not in sub:
    problems.append("blob-event-subscription.json: no dead-letter destination in a storage container")
for p in problems:
    print(p, file=sys.stderr)
print(f"compiled templates: {len(types)} resources, {len(problems)} problem(s) with alerts, network and dead letters")
sys.exit(1 if problems else 0)
PY

python3 - "$out_dir/main.json" "$repo_dir/src/Summarizer.Functions/local.settings.json.example" "$repo_dir/docs/deployment.md" "$repo_dir/host.json" "$repo_dir/src/Summarizer.Functions" <<'PY'
import json, re, sys

template_path, example_path, docs_path, host_path, functions_dir = sys.argv[1:]
template = json.load(open(template_path))
module = next(r for r in template["resources"] if r.get("name") == "function-app")
azure_settings = set(module["properties"]["parameters"]["appSettings"]["value"])
local_settings = set(json.load(open(example_path))["Values"])
docs = open(docs_path).read()
documented = set(re.findall(r"`([A-Za-z_][A-Za-z0-9_]*(?:__[A-Za-z0-9_]+)*)`", docs))

problems = []
problems += [f"{k}: set by the Bicep, missing from docs/deployment.md" for k in sorted(azure_settings - documented)]
problems += [f"{k}: in local.settings.json.example, missing from docs/deployment.md" for k in sorted(local_settings - documented)]
# Each of the app's own configuration sections that Azure sets is configured for local runs too.
for section in sorted({k.split("__")[0] for k in azure_settings if k.split("__")[0] in ("Storage", "Summarization", "Pipeline")}):
    if not any(k.startswith(section + "__") for k in local_settings):
        problems.append(f"{section}: set by the Bicep, absent from local.settings.json.example")
# Both sides give the poison threshold to the app; locally host.json holds the host's, so they must match.
host = json.load(open(host_path))
if str(host["extensions"]["queues"]["maxDequeueCount"]) != json.load(open(example_path))["Values"].get("Pipeline__MaxDequeueCount"):
    problems.append("host.json extensions.queues.maxDequeueCount differs from Pipeline__MaxDequeueCount in local.settings.json.example")
# Settings the Functions code names (telemetry settings) are all set in Azure. The trigger connections and the options
# the app binds are checked from the built app by tests/Summarizer.Functions.Tests (AppSettingsTests).
import glob
code = "".join(open(f).read() for f in glob.glob(functions_dir + "/**/*.cs", recursive=True))
for name in sorted(set(re.findall(r'(?:Connection|Setting) = "([A-Za-z_]+)"', code))):
    if name not in azure_settings and not any(k.startswith(name + "__") for k in azure_settings):
        problems.append(f"{name}: read by src/Summarizer.Functions, not set by the Bicep")
for p in problems:
    print(p, file=sys.stderr)
print(f"settings: {len(azure_settings)} in the Bicep, {len(local_settings)} in local.settings.json.example, "
      f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
PY
