/**
 * KubeVirt `kubevirt.io/v1` VirtualMachine cases for the CRD validator: a VPS as the platform
 * adapter builds it (container-disk root, data disk on a claim), a misspelt field deep in the
 * template (resolved through the vendored `$defs`) and a value of the wrong type.
 */
import type { CrdCase } from "./crd-cases";

const virtualMachine = {
  apiVersion: "kubevirt.io/v1",
  kind: "VirtualMachine",
  metadata: { name: "sikda", namespace: "dinkes", labels: { "spbe.go.id/app": "sikda" } },
  spec: {
    runStrategy: "Always",
    template: {
      metadata: { labels: { "spbe.go.id/app": "sikda", "spbe.go.id/role": "vps" } },
      spec: {
        domain: {
          cpu: { cores: 4 },
          resources: { requests: { memory: "8Gi" } },
          devices: {
            disks: [
              { name: "rootdisk", disk: { bus: "virtio" } },
              { name: "datadisk", disk: { bus: "virtio" } },
            ],
          },
        },
        volumes: [
          { name: "rootdisk", containerDisk: { image: "registry.tabanankab.go.id/vps/sikda:2.4" } },
          { name: "datadisk", persistentVolumeClaim: { claimName: "sikda-data" } },
        ],
      },
    },
  },
};

const template = virtualMachine.spec.template;

export const virtualMachineCase: CrdCase = {
  valid: virtualMachine,
  misspelt: {
    object: {
      ...virtualMachine,
      spec: {
        ...virtualMachine.spec,
        template: {
          ...template,
          spec: {
            ...template.spec,
            volumes: [
              template.spec.volumes[0],
              { name: "datadisk", persistentVolumeClaim: { claimname: "x" } },
            ],
          },
        },
      },
    },
    error: '.spec.template.spec.volumes.1.persistentVolumeClaim: unknown field "claimname"',
  },
  wrongType: {
    object: {
      ...virtualMachine,
      spec: {
        ...virtualMachine.spec,
        template: {
          ...template,
          spec: { ...template.spec, domain: { ...template.spec.domain, cpu: { cores: "4" } } },
        },
      },
    },
    error: ".spec.template.spec.domain.cpu.cores: must be integer",
  },
};
