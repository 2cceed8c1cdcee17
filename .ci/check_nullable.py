#!/usr/bin/env python3
"""Every nullable field of every spec must accept `null` under a strict OpenAPI 3.0 validator.

For each component schema of each spec, this finds every nullable site: a property (at any
depth, reached through `$ref`, `allOf`, `oneOf` branches and array `items`) whose schema says
null is allowed (`nullable: true` on it, or a `oneOf` branch that is the null branch). For each
site it builds the smallest instance of the component it can (required properties get a valid
value, optional ones are left out), puts `null` at that site and validates the instance with
openapi-schema-validator's `OAS30Validator` (formats checked). A site that rejects `null`
fails the run with the schema, the property path and the validator's reason.

The instance without any null must validate too: if it does not, the checker could not build
a valid value for that schema, which is reported as a failure as well (never skipped), since a
nullable field we cannot reach is a field we did not check.

Usage: check_nullable.py SPEC.yaml [SPEC.yaml ...]
Exit status 1 on any failure, or when a spec has no nullable site at all (the walk found
nothing, which means the checker is broken, not that the spec is fine).
"""

import copy
import sys

import yaml
from openapi_schema_validator import OAS30Validator

# How deep the walk follows nested objects; the specs nest four levels at most, and a
# recursive schema would otherwise never end.
MAX_DEPTH = 8


class Spec:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            self.doc = yaml.safe_load(f)
        self.components = self.doc.get("components", {})
        self.schemas = self.components.get("schemas", {})
        self._validators = {}

    def resolve(self, schema):
        """Follows `$ref`s to the schema they name; returns (schema, ref-name or None)."""
        name = None
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            prefix = "#/components/schemas/"
            if not ref.startswith(prefix):
                raise ValueError(f"{self.path}: unsupported $ref {ref}")
            name = ref[len(prefix):]
            schema = self.schemas[name]
        return schema, name

    def validator(self, schema):
        key = repr(schema)
        if key not in self._validators:
            root = {"allOf": [schema], "components": self.components}
            self._validators[key] = OAS30Validator(
                root, format_checker=OAS30Validator.FORMAT_CHECKER
            )
        return self._validators[key]

    def is_valid(self, schema, instance):
        return self.validator(schema).is_valid(instance)

    def reason(self, schema, instance):
        errors = sorted(
            self.validator(schema).iter_errors(instance), key=lambda e: list(e.path)
        )
        if not errors:
            return "valid"
        e = errors[0]
        where = "/".join(str(p) for p in e.absolute_path) or "(root)"
        return f"at {where}: {e.message[:300]}"


def is_null_branch(schema):
    """The null branch of a nullable union: `{nullable: true, enum: [null]}` or alike."""
    return isinstance(schema, dict) and schema.get("enum") == [None]


def declares_nullable(spec, schema, seen=()):
    """Whether the schema says null is allowed (which the validator must then accept)."""
    schema, name = spec.resolve(schema)
    if name in seen or not isinstance(schema, dict):
        return False
    seen = seen + (name,) if name else seen
    if schema.get("nullable") is True or is_null_branch(schema):
        return True
    for key in ("oneOf", "anyOf"):
        if any(declares_nullable(spec, b, seen) for b in schema.get(key, [])):
            return True
    branches = schema.get("allOf", [])
    return bool(branches) and all(declares_nullable(spec, b, seen) for b in branches)


def properties_of(spec, schema):
    """Properties and required names of an object schema, merging `allOf` parts."""
    schema, _ = spec.resolve(schema)
    props, required = {}, []
    for part in schema.get("allOf", []):
        p, r = properties_of(spec, part)
        props.update(p)
        required += r
    props.update(schema.get("properties", {}))
    required += schema.get("required", [])
    return props, required


# Strings tried, in order, for a string schema that has neither an example nor a format we know.
STRING_CANDIDATES = ["a", "a-b", "2026-01-01", "1", "x" * 64]
FORMAT_VALUES = {
    "uuid": "00000000-0000-4000-8000-000000000000",
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "email": "someone@example.com",
    "uri": "https://example.com/",
}


def minimal(spec, schema, depth=0):
    """A small valid instance of `schema`, or raises ValueError when none was found."""
    target, _ = spec.resolve(schema)
    if depth > MAX_DEPTH:
        raise ValueError("schema nests too deep")
    candidates = []
    if "example" in target:
        candidates.append(target["example"])
    if "default" in target:
        candidates.append(target["default"])
    if "enum" in target:
        candidates += [v for v in target["enum"] if v is not None]
    for key in ("oneOf", "anyOf"):
        for branch in target.get(key, []):
            if is_null_branch(branch):
                continue
            try:
                candidates.append(minimal(spec, branch, depth + 1))
            except ValueError:
                pass
    kind = target.get("type")
    if "allOf" in target:
        merged = {}
        for part in target["allOf"]:
            value = minimal(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
            else:
                candidates.append(value)
        if merged or kind == "object":
            candidates.append(merged)
    if kind == "object" or (kind is None and "properties" in target):
        props, required = properties_of(spec, target)
        obj = {}
        for name in required:
            if name in props:
                obj[name] = minimal(spec, props[name], depth + 1)
        candidates.append(obj)
    elif kind == "array":
        count = target.get("minItems", 0)
        item = minimal(spec, target.get("items", {}), depth + 1) if count else None
        candidates.append([copy.deepcopy(item) for _ in range(count)])
    elif kind == "string":
        if target.get("format") in FORMAT_VALUES:
            candidates.append(FORMAT_VALUES[target["format"]])
        candidates += STRING_CANDIDATES
    elif kind in ("integer", "number"):
        low = target.get("minimum", 0)
        candidates += [low, 1, low + 1]
    elif kind == "boolean":
        candidates.append(False)
    elif kind is None and not candidates:
        candidates.append({})
    for value in candidates:
        if spec.is_valid(schema, value):
            return value
    raise ValueError(f"no valid value found for {schema!r:.200}")


def sites(spec, schema, path=(), depth=0, refs=()):
    """Every nullable site under `schema`: (steps, label) where steps lead from the schema's
    instance to the site. A step is ('prop', name), ('item',) or ('branch', index)."""
    target, name = spec.resolve(schema)
    if depth > MAX_DEPTH or (name and name in refs) or not isinstance(target, dict):
        return
    refs = refs + (name,) if name else refs
    for key in ("oneOf", "anyOf"):
        for i, branch in enumerate(target.get(key, [])):
            if not is_null_branch(branch):
                yield from sites(spec, branch, path + (("branch", key, i),), depth, refs)
    if "items" in target:
        yield from sites(spec, target["items"], path + (("item",),), depth + 1, refs)
    props, _ = properties_of(spec, target)
    for prop, prop_schema in props.items():
        here = path + (("prop", prop),)
        if declares_nullable(spec, prop_schema):
            yield here
        yield from sites(spec, prop_schema, here, depth + 1, refs)


def label(steps):
    out = ""
    for step in steps:
        if step[0] == "prop":
            out += f".{step[1]}"
        elif step[0] == "item":
            out += "[]"
    return out.lstrip(".") or "(the value)"


def build(spec, schema, steps):
    """The minimal instance of `schema` with `null` at the end of `steps`."""
    if not steps:
        return None
    target, _ = spec.resolve(schema)
    step, rest = steps[0], steps[1:]
    if step[0] == "branch":
        return build(spec, target[step[1]][step[2]], rest)
    if step[0] == "item":
        count = max(target.get("minItems", 0), 1)
        items = target.get("items", {})
        filler = [minimal(spec, items) for _ in range(count - 1)]
        return [build(spec, items, rest)] + filler
    props, _ = properties_of(spec, target)
    obj = minimal(spec, target)
    if not isinstance(obj, dict):
        obj = {}
    obj[step[1]] = build(spec, props[step[1]], rest)
    return obj


def check(path):
    spec = Spec(path)
    failures = []
    checked = 0
    declared = set()
    for name in sorted(spec.schemas):
        ref = {"$ref": f"#/components/schemas/{name}"}
        try:
            base = minimal(spec, ref)
        except ValueError as e:
            failures.append(f"{path}: {name}: cannot build a valid instance to check: {e}")
            continue
        del base
        for steps in sites(spec, ref):
            checked += 1
            where = label(steps)
            try:
                instance = build(spec, ref, steps)
            except ValueError as e:
                failures.append(f"{path}: {name}.{where}: cannot build an instance: {e}")
                continue
            if not spec.is_valid(ref, instance):
                failures.append(
                    f"{path}: {name}.{where} is nullable but `null` is rejected "
                    f"({spec.reason(ref, instance)})"
                )
        for prop_owner, schema in [(name, spec.schemas[name])]:
            props, _ = properties_of(spec, schema)
            for prop, prop_schema in props.items():
                if declares_nullable(spec, prop_schema):
                    declared.add((prop_owner, prop))
    return checked, len(declared), failures


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    all_failures = []
    for path in paths:
        checked, declared, failures = check(path)
        print(
            f"{path}: {declared} nullable properties declared on component schemas; "
            f"{checked} nullable sites checked with null; {len(failures)} failures"
        )
        if checked == 0:
            failures.append(f"{path}: no nullable site found; the checker walked nothing")
        all_failures += failures
    for failure in all_failures:
        print(f"FAIL {failure}", file=sys.stderr)
    return 1 if all_failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
