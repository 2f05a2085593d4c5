/** An app with a database, a secret, a route and a volume, and a GPU workload. */
export const CORPUS_REQUEST = `
- kind: app
  name: recipes
  namespace: productivity
  owner: group:default/productivity
  source:
    type: image
    repository: harbor.rcrumana.xyz/proxy-ghcr/mealie-recipes/mealie
    tag: v3.16.0
    ports: [{ name: http, port: 9000 }]
- { kind: postgres, app: recipes }
- { kind: secret, app: recipes, name: recipes-oidc, path: recipes-oidc, keys: [OIDC_CLIENT_ID, OIDC_CLIENT_SECRET] }
- { kind: http, app: recipes, port: 9000 }
- { kind: volume, app: recipes, purpose: data, size: 10Gi, mountPath: /app/data }
- kind: gpu
  name: whisper
  namespace: ai
  repository: harbor.rcrumana.xyz/mirror/ggml-org/whisper.cpp
  tag: v1.7.6-vulkan
  vendor: amd
  port: 8000
  modelVolume: { size: 100Gi }
`;
