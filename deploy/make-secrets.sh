#!/usr/bin/env bash
# Makes what docker-compose.yml mounts and reads, once, into deploy/secrets/ (git-ignored): a self-signed TLS
# certificate for nginx, the key-ring certificate, a self-signed seal certificate (a real municipality mounts its
# own), random passwords, and the environment files that carry them. Run it again with --force to start over.
set -euo pipefail
cd "$(dirname "$0")"
out=secrets
if [ -e "$out/memo.env" ] && [ "${1:-}" != "--force" ]; then
    echo "deploy/secrets exists; pass --force to make new secrets (the old key ring and sessions become unreadable)" >&2
    exit 1
fi
mkdir -p "$out/tls"
chmod 700 "$out"
password() { openssl rand -base64 24 | tr -d '/+='; }
pg=$(password); keyring=$(password); seal=$(password)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$out/tls/tls.key" -out "$out/tls/tls.crt" 2>/dev/null
openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj "/CN=memo key ring" -keyout "$tmp/k.pem" -out "$tmp/c.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$tmp/k.pem" -in "$tmp/c.pem" -out "$out/keyring.pfx" -passout "pass:$keyring"
openssl req -x509 -newkey rsa:3072 -nodes -days 1095 -subj "/CN=เทศบาลตำบลโชคชัย (demo seal)/O=Demo" -utf8 \
    -addext "keyUsage=critical,digitalSignature,nonRepudiation" -keyout "$tmp/sk.pem" -out "$tmp/sc.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$tmp/sk.pem" -in "$tmp/sc.pem" -out "$out/seal.pfx" -passout "pass:$seal"

printf 'POSTGRES_PASSWORD=%s\n' "$pg" > "$out/postgres.env"
cat > "$out/memo.env" <<ENV
Database__ConnectionString=Host=postgres;Port=5432;Database=workflow;Username=workflow;Password=$pg
DataProtection__CertificatePassword=$keyring
Seal__CertificatePassword=$seal
ENV
# The service runs as the image's app user (uid 1654) and reads the certificates as compose secrets (bind mounts of these files).
chmod 644 "$out"/*.pfx
chmod 600 "$out"/*.env "$out/tls/tls.key"
echo "deploy/secrets ready: docker compose up -d, then create the first administrator (README \"Running several instances\")"
