#!/usr/bin/env python3
"""Checks template.yaml with AWS's SAM translator (the library CloudFormation runs for the SAM transform).

SAM names each function's AWS::Lambda::Version after a hash of its properties *before* parameters are
resolved, so a parameter that reaches a function's properties (its environment, say) changes $LATEST on a
parameter-only deploy but publishes no version, and the alias every trigger calls keeps the old value.

For every parameter this translates the template twice, with the defaults and with that parameter changed,
and fails when
  - the change alters a function's resolved properties but no version of it is published ("stuck"), or
  - the parameter reaches nothing in the translated template ("dead").
Run-time settings must instead reach the functions through a resource the stack rewrites (the settings
parameter in SSM), which the functions read at run time.
"""
import copy
import os
import sys

from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse


class NoManagedPolicies:
    def load(self, *args, **kwargs):
        return {}


def other_value(name, spec):
    """A valid value different from the default."""
    default = spec.get("Default", "")
    if spec.get("Type") == "Number":
        low, high, value = spec.get("MinValue", 0), spec.get("MaxValue", 10**6), int(default)
        return str(value + 1 if value + 1 <= high else value - 1 if value - 1 >= low else value)
    allowed = spec.get("AllowedValues")
    if allowed:
        return next((str(v) for v in allowed if str(v) != str(default)), str(default))
    return (str(default) + "x") if default else "changed-" + name.lower()


def translate(template, values):
    os.environ.setdefault("AWS_DEFAULT_REGION", "eu-west-1")
    return transform(copy.deepcopy(template), values, NoManagedPolicies())


def resolve(node, values):
    """Replaces Ref and ${...} of parameters by their values, so that two translations can be compared."""
    if isinstance(node, dict):
        if set(node) == {"Ref"} and node["Ref"] in values:
            return values[node["Ref"]]
        if set(node) == {"Fn::Sub"} and isinstance(node["Fn::Sub"], str):
            text = node["Fn::Sub"]
            for name, value in values.items():
                text = text.replace("${" + name + "}", str(value))
            return {"Fn::Sub": text}
        return {key: resolve(value, values) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(item, values) for item in node]
    return node


def mentions(node, name):
    if isinstance(node, dict):
        if node.get("Ref") == name:
            return True
        sub = node.get("Fn::Sub")
        if isinstance(sub, str) and "${" + name + "}" in sub:
            return True
        if isinstance(sub, list) and sub and isinstance(sub[0], str) and "${" + name + "}" in sub[0]:
            return True
        return any(mentions(value, name) for value in node.values())
    if isinstance(node, list):
        return any(mentions(item, name) for item in node)
    return False


def functions_and_versions(output, values):
    resources = output["Resources"]
    functions = {k: resolve(v["Properties"], values) for k, v in resources.items() if v["Type"] == "AWS::Lambda::Function"}
    versions = {}
    for key, resource in resources.items():
        if resource["Type"] == "AWS::Lambda::Version":
            versions[resource["Properties"]["FunctionName"]["Ref"]] = key
    return functions, versions


def main(path):
    with open(path) as f:
        template = yaml_parse(f.read())
    # `sam deploy` uploads the zip and puts its S3 address here before CloudFormation sees the template.
    template.setdefault("Globals", {}).setdefault("Function", {})["CodeUri"] = "s3://deploy-bucket/function.zip"
    parameters = template.get("Parameters", {})
    defaults = {name: str(spec.get("Default", "")) for name, spec in parameters.items()}
    base = translate(template, defaults)
    base_functions, base_versions = functions_and_versions(base, defaults)
    problems = []
    for name, spec in parameters.items():
        if not mentions(base["Resources"], name) and not mentions(base.get("Outputs", {}), name) \
                and not mentions(base.get("Conditions", {}), name):
            problems.append(f"dead parameter {name}: nothing in the translated template uses it")
            continue
        changed = dict(defaults, **{name: other_value(name, spec)})
        output = translate(template, changed)
        functions, versions = functions_and_versions(output, changed)
        for function, properties in functions.items():
            if properties != base_functions.get(function) and versions.get(function) == base_versions.get(function):
                problems.append(f"stuck parameter {name}: changing it alters {function} but publishes no new version, "
                                f"so alias 'live' keeps the old value")
    ssm_parameters = {k for k, v in base["Resources"].items() if v["Type"] == "AWS::SSM::Parameter"}
    for function, resource in base["Resources"].items():
        if resource["Type"] != "AWS::Lambda::Function":
            continue
        variables = resource["Properties"].get("Environment", {}).get("Variables", {})
        reference = variables.get("AURA_SETTINGS_PARAMETER", {})
        if not (isinstance(reference, dict) and reference.get("Ref") in ssm_parameters):
            problems.append(f"{function} does not read the run-time settings parameter (AURA_SETTINGS_PARAMETER)")
    for problem in problems:
        print("sam-parameters: " + problem)
    if problems:
        return 1
    print(f"sam-parameters: {len(parameters)} parameters checked with the SAM translator: none stuck, none dead")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "template.yaml"))
