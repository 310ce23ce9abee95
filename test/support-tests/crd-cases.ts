/**
 * One correct object per vendored CRD, and two broken copies of it: a misspelt field and a value
 * of the wrong type, each with the error the validator must report.
 */
import { virtualMachineCase } from "./kubevirt-cases";

export interface CrdCase {
  valid: object;
  misspelt: { object: object; error: string };
  wrongType: { object: object; error: string };
}

const meta = (name: string) => ({ name, namespace: "velero", labels: { "spbe.go.id/region": "tabanan" } });

const schedule = {
  apiVersion: "velero.io/v1",
  kind: "Schedule",
  metadata: meta("simpeg-data"),
  spec: {
    schedule: "0 1 * * *",
    useOwnerReferencesInBackup: false,
    template: {
      includedNamespaces: ["bkpsdm"],
      labelSelector: { matchLabels: { "spbe.go.id/app": "simpeg" } },
      storageLocation: "drc-pdn-batam",
      ttl: "840h0m0s",
      snapshotVolumes: false,
      defaultVolumesToFsBackup: true,
    },
  },
};

const bsl = {
  apiVersion: "velero.io/v1",
  kind: "BackupStorageLocation",
  metadata: meta("drc-pdn-batam"),
  spec: {
    provider: "aws",
    default: true,
    objectStorage: { bucket: "spbe-tabanankab", prefix: "velero" },
    config: { region: "id-batam-1", s3Url: "https://s3.pdn.go.id", s3ForcePathStyle: "true" },
    credential: { name: "drc-credentials", key: "cloud" },
  },
};

const gatewayClass = {
  apiVersion: "gateway.networking.k8s.io/v1",
  kind: "GatewayClass",
  metadata: { name: "spbe-envoy" },
  spec: { controllerName: "gateway.envoyproxy.io/gatewayclass-controller", description: "SPL Pemda" },
};

const gateway = {
  apiVersion: "gateway.networking.k8s.io/v1",
  kind: "Gateway",
  metadata: { name: "spl", namespace: "diskominfo" },
  spec: {
    gatewayClassName: "spbe-envoy",
    addresses: [{ value: "10.20.252.10" }],
    listeners: [
      {
        name: "https",
        hostname: "spl.tabanankab.go.id",
        port: 443,
        protocol: "HTTPS",
        tls: { mode: "Terminate", certificateRefs: [{ name: "spl-tls" }] },
        allowedRoutes: {
          namespaces: { from: "Selector", selector: { matchLabels: { "spbe.go.id/role": "gateway" } } },
        },
      },
    ],
  },
};

const httpRoute = {
  apiVersion: "gateway.networking.k8s.io/v1",
  kind: "HTTPRoute",
  metadata: { name: "kepegawaian-pegawai", namespace: "diskominfo" },
  spec: {
    parentRefs: [{ name: "spl", sectionName: "https" }],
    hostnames: ["spl.tabanankab.go.id"],
    rules: [
      {
        matches: [{ path: { type: "PathPrefix", value: "/kepegawaian/v1/pegawai" }, method: "GET" }],
        filters: [
          {
            type: "RequestHeaderModifier",
            requestHeaderModifier: { set: [{ name: "X-SPL-Service", value: "kepegawaian.pegawai" }] },
          },
        ],
        backendRefs: [{ name: "simpeg", namespace: "bkpsdm", port: 8080 }],
        timeouts: { request: "30s" },
      },
    ],
  },
};

const securityPolicy = {
  apiVersion: "gateway.envoyproxy.io/v1alpha1",
  kind: "SecurityPolicy",
  metadata: { name: "kepegawaian-pegawai", namespace: "diskominfo" },
  spec: {
    targetRef: { group: "gateway.networking.k8s.io", kind: "HTTPRoute", name: "kepegawaian-pegawai" },
    jwt: {
      providers: [
        {
          name: "spl-tabanan",
          issuer: "https://sso.tabanankab.go.id",
          audiences: ["kepegawaian.pegawai"],
          remoteJWKS: { uri: "https://sso.tabanankab.go.id/.well-known/jwks.json" },
          claimToHeaders: [{ claim: "sub", header: "X-SPL-Consumer" }],
        },
      ],
    },
  },
};

const referenceGrant = {
  apiVersion: "gateway.networking.k8s.io/v1beta1",
  kind: "ReferenceGrant",
  metadata: { name: "spl-kepegawaian-pegawai", namespace: "bkpsdm" },
  spec: {
    from: [{ group: "gateway.networking.k8s.io", kind: "HTTPRoute", namespace: "diskominfo" }],
    to: [{ group: "", kind: "Service", name: "simpeg" }],
  },
};

const backendTls = {
  apiVersion: "gateway.networking.k8s.io/v1",
  kind: "BackendTLSPolicy",
  metadata: { name: "upstream-splp", namespace: "spbe-gateway" },
  spec: {
    targetRefs: [{ group: "", kind: "Service", name: "upstream-splp" }],
    validation: { hostname: "splp.layanan.go.id", wellKnownCACertificates: "System" },
  },
};

export const CRD_CASES: Record<string, CrdCase> = {
  "gateway.networking.k8s.io/v1/BackendTLSPolicy": {
    valid: backendTls,
    misspelt: {
      object: { ...backendTls, spec: { ...backendTls.spec, validation: { hostName: "splp.layanan.go.id" } } },
      error: '.spec.validation: unknown field "hostName"',
    },
    wrongType: {
      object: { ...backendTls, spec: { ...backendTls.spec, targetRefs: backendTls.spec.targetRefs[0] } },
      error: ".spec.targetRefs: must be array",
    },
  },
  "velero.io/v1/Schedule": {
    valid: schedule,
    misspelt: {
      object: {
        ...schedule,
        spec: { ...schedule.spec, template: { ...schedule.spec.template, storageLoaction: "x" } },
      },
      error: '.spec.template: unknown field "storageLoaction"',
    },
    wrongType: {
      object: { ...schedule, spec: { ...schedule.spec, template: { ...schedule.spec.template, ttl: 35 } } },
      error: ".spec.template.ttl: must be string",
    },
  },
  "velero.io/v1/BackupStorageLocation": {
    valid: bsl,
    misspelt: {
      object: {
        ...bsl,
        spec: { ...bsl.spec, objectStorage: { bucket: "spbe-tabanankab", prefx: "velero" } },
      },
      error: '.spec.objectStorage: unknown field "prefx"',
    },
    wrongType: {
      object: { ...bsl, spec: { ...bsl.spec, default: "yes" } },
      error: ".spec.default: must be boolean",
    },
  },
  "gateway.networking.k8s.io/v1/GatewayClass": {
    valid: gatewayClass,
    misspelt: {
      object: { ...gatewayClass, spec: { ...gatewayClass.spec, controller: "x/y" } },
      error: '.spec: unknown field "controller"',
    },
    wrongType: {
      object: { ...gatewayClass, spec: { ...gatewayClass.spec, description: 64 } },
      error: ".spec.description: must be string",
    },
  },
  "gateway.networking.k8s.io/v1/Gateway": {
    valid: gateway,
    misspelt: {
      object: {
        ...gateway,
        spec: { ...gateway.spec, listeners: [{ ...gateway.spec.listeners[0], hostName: "a.b" }] },
      },
      error: '.spec.listeners.0: unknown field "hostName"',
    },
    wrongType: {
      object: {
        ...gateway,
        spec: { ...gateway.spec, listeners: [{ ...gateway.spec.listeners[0], port: "443" }] },
      },
      error: ".spec.listeners.0.port: must be integer",
    },
  },
  "gateway.networking.k8s.io/v1/HTTPRoute": {
    valid: httpRoute,
    misspelt: {
      object: {
        ...httpRoute,
        spec: { ...httpRoute.spec, rules: [{ ...httpRoute.spec.rules[0], backendRef: [] }] },
      },
      error: '.spec.rules.0: unknown field "backendRef"',
    },
    wrongType: {
      object: {
        ...httpRoute,
        spec: {
          ...httpRoute.spec,
          rules: [{ ...httpRoute.spec.rules[0], backendRefs: [{ name: "simpeg", port: "8080" }] }],
        },
      },
      error: ".spec.rules.0.backendRefs.0.port: must be integer",
    },
  },
  "gateway.envoyproxy.io/v1alpha1/SecurityPolicy": {
    valid: securityPolicy,
    misspelt: {
      object: {
        ...securityPolicy,
        spec: { ...securityPolicy.spec, jwt: { provider: securityPolicy.spec.jwt.providers } },
      },
      error: '.spec.jwt: unknown field "provider"',
    },
    wrongType: {
      object: {
        ...securityPolicy,
        spec: {
          ...securityPolicy.spec,
          jwt: { providers: [{ ...securityPolicy.spec.jwt.providers[0], audiences: "x" }] },
        },
      },
      error: ".spec.jwt.providers.0.audiences: must be array",
    },
  },
  "gateway.networking.k8s.io/v1beta1/ReferenceGrant": {
    valid: referenceGrant,
    misspelt: {
      object: {
        ...referenceGrant,
        spec: { ...referenceGrant.spec, from: [{ group: "", kind: "HTTPRoute", namespaces: "x" }] },
      },
      error: '.spec.from.0: unknown field "namespaces"',
    },
    wrongType: {
      object: { ...referenceGrant, spec: { ...referenceGrant.spec, to: { group: "", kind: "Service" } } },
      error: ".spec.to: must be array",
    },
  },
  "kubevirt.io/v1/VirtualMachine": virtualMachineCase,
};
