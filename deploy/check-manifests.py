#!/usr/bin/env python3
"""Offline checks of the deployment files (run by Tests/IntegrationTests/DeployManifestTests).

- k8s/: every resource the kustomization lists exists and passes `kubernetes-validate --strict`
  (the PyPI package, with the API schemas bundled); where `kubectl` is installed, the rendered
  kustomization (with throw-away keys) is validated too. Each workload has readiness and liveness
  probes, resource requests and limits, and a termination grace period; each writer is a StatefulSet
  of one pod with a volume claim; the Registry replicas follow the primary and have an HPA.
- compose.yaml: parses, every service builds or reuses an image of an executable in Package.swift,
  host ports are unique, and the long-running services depend on the key job.
Exits 0 when all hold, 1 with one line per failure otherwise.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml
import kubernetes_validate

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
K8S = os.path.join(HERE, "k8s")
WRITERS = {"registry-primary", "requests", "approval", "delegation"}
failures = []


def fail(message):
    failures.append(message)


def validate(document, where):
    try:
        kubernetes_validate.validate(document, kubernetes_validate.latest_version(), strict=True)
    except kubernetes_validate.ValidationError as error:
        fail(f"{where}: {error.message} at {'/'.join(str(p) for p in error.path)}")
    except Exception as error:  # unknown kind or version
        fail(f"{where}: {error}")


def check_workload(document, where):
    kind, name = document["kind"], document["metadata"]["name"]
    pod = document["spec"]["template"]["spec"]
    if "terminationGracePeriodSeconds" not in pod:
        fail(f"{where}: {kind} {name} has no terminationGracePeriodSeconds")
    for container in pod["containers"]:
        for probe in ("readinessProbe", "livenessProbe"):
            if probe not in container:
                fail(f"{where}: container {container['name']} has no {probe}")
        resources = container.get("resources", {})
        if "requests" not in resources or "limits" not in resources:
            fail(f"{where}: container {container['name']} lacks resource requests or limits")
    if name in WRITERS:
        if kind != "StatefulSet" or document["spec"].get("replicas") != 1:
            fail(f"{where}: writer {name} must be a StatefulSet of one replica")
        if not document["spec"].get("volumeClaimTemplates"):
            fail(f"{where}: writer {name} has no volume claim")


def check_kubernetes():
    kustomization = yaml.safe_load(open(os.path.join(K8S, "kustomization.yaml")))
    kinds = {}
    for resource in kustomization["resources"]:
        path = os.path.join(K8S, resource)
        if not os.path.isfile(path):
            fail(f"k8s/{resource}: listed in kustomization.yaml but missing")
            continue
        for document in yaml.safe_load_all(open(path)):
            if document is None:
                continue
            where = f"k8s/{resource}"
            validate(document, where)
            kinds.setdefault(document["kind"], set()).add(document["metadata"]["name"])
            if document["kind"] in ("Deployment", "StatefulSet"):
                check_workload(document, where)
    if "registry-replica" not in kinds.get("HorizontalPodAutoscaler", set()):
        fail("k8s: no HorizontalPodAutoscaler for the Registry replicas")
    if "registry-replica" not in kinds.get("Deployment", set()):
        fail("k8s: the Registry replicas are not a Deployment")
    if not kustomization.get("secretGenerator"):
        fail("k8s: no Secret for the keys")
    render_with_kubectl()


def render_with_kubectl():
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        print("kubectl not installed: the rendered kustomization is not checked")
        return
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, "k8s")
        shutil.copytree(K8S, copy, ignore=shutil.ignore_patterns("keys"))
        os.makedirs(os.path.join(copy, "keys"))
        for name, text in (("jwks.json", '{"keys":[]}'), ("private.pem", "throw-away")):
            with open(os.path.join(copy, "keys", name), "w") as handle:
                handle.write(text)
        result = subprocess.run([kubectl, "kustomize", copy], capture_output=True, text=True)
        if result.returncode != 0:
            fail(f"kubectl kustomize: {result.stderr.strip()}")
            return
        for document in yaml.safe_load_all(result.stdout):
            if document:
                validate(document, f"rendered {document['kind']} {document['metadata']['name']}")


def check_compose():
    compose = yaml.safe_load(open(os.path.join(HERE, "compose.yaml")))
    package = open(os.path.join(ROOT, "Package.swift")).read()
    executables = set(re.findall(r'executableTarget\(name: "([A-Za-z]+)"', package))
    images = {}
    for name, service in compose["services"].items():
        build = service.get("build")
        if build:
            executable = build.get("args", {}).get("SERVICE")
            if executable not in executables:
                fail(f"compose.yaml: {name} builds unknown executable {executable!r}")
            images[service.get("image")] = executable
    ports = []
    for name, service in compose["services"].items():
        if service.get("image") not in images:
            fail(f"compose.yaml: {name} uses an image no service builds")
        ports += [p.split(":")[0] for p in service.get("ports", [])]
        if "ports" in service and "keys" not in service.get("depends_on", {}):
            fail(f"compose.yaml: {name} does not wait for the key job")
    if len(ports) != len(set(ports)):
        fail(f"compose.yaml: host ports repeat: {sorted(ports)}")


check_kubernetes()
check_compose()
for line in failures:
    print(line, file=sys.stderr)
print("deployment files: " + ("ok" if not failures else f"{len(failures)} problem(s)"))
sys.exit(1 if failures else 0)
