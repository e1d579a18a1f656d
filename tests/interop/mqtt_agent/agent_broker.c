/*
 * Certificates and the three-listener mosquitto of the agent interop tests (agent_broker.h).
 */
#define _GNU_SOURCE

#include "agent_broker.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Runs openssl (TERN_OPENSSL) to make tls-*.crt/.key in directory. */
static int make_certificates(const char *pDirectory)
{
    const char *pOpenssl = getenv("TERN_OPENSSL");
    char script[4096];

    if (pOpenssl == NULL)
    {
        fprintf(stderr, "TERN_OPENSSL is not set (run through ctest)\n");
        return -1;
    }
    /* EC P-256 keys; leaf certificates signed by the test CA with the right key usage. */
    (void)snprintf(
        script, sizeof(script),
        "set -e; cd '%s'; O='%s'; exec 2>agent-certificates.log\n"
        "newkey() { \"$O\" ecparam -name prime256v1 -genkey -noout -out \"$1.key\"; }\n"
        "newca() { newkey \"$1\"; \"$O\" req -x509 -new -key \"$1.key\" -sha256 -days 2 "
        "-subj \"/CN=$2\" -addext basicConstraints=critical,CA:TRUE "
        "-addext keyUsage=critical,keyCertSign -out \"$1.crt\"; }\n"
        "newleaf() { newkey \"$1\"; \"$O\" req -new -key \"$1.key\" -subj \"/CN=$2\" -out "
        "\"$1.csr\";\n"
        "  printf '%%s\\n' \"subjectAltName=$3\" 'basicConstraints=CA:FALSE' "
        "'keyUsage=digitalSignature' \"extendedKeyUsage=$4\" > \"$1.ext\";\n"
        "  \"$O\" x509 -req -in \"$1.csr\" -CA agent-ca.crt -CAkey agent-ca.key -CAcreateserial "
        "-days 2 -sha256 -extfile \"$1.ext\" -out \"$1.crt\"; }\n"
        "newca agent-ca 'Tern Agent Test CA'\n"
        "newca agent-rogue 'Not Our CA'\n"
        "newleaf agent-server localhost 'DNS:localhost,IP:127.0.0.1' serverAuth\n"
        "newleaf agent-client tern-agent 'DNS:tern-agent' clientAuth\n",
        pDirectory, pOpenssl);
    if (system(script) != 0)
    {
        fprintf(stderr,
                "openssl could not make the test certificates: see %s/agent-certificates.log\n",
                pDirectory);
        return -1;
    }
    return 0;
}

int agent_broker_start(agent_broker_t *pBroker)
{
    const char *pDirectory = getenv("TERN_WORK_DIR");
    const char *pMosquitto = getenv("TERN_MOSQUITTO");
    char tls[2048];
    char extra[4600];
    int attempt;

    memset(pBroker, 0, sizeof(*pBroker));
    if ((pDirectory == NULL) || (pMosquitto == NULL))
    {
        fprintf(stderr, "TERN_WORK_DIR and TERN_MOSQUITTO must be set (run through ctest)\n");
        return -1;
    }
    if (make_certificates(pDirectory) != 0)
    {
        return -1;
    }
    (void)snprintf(pBroker->caPath, sizeof(pBroker->caPath), "%s/agent-ca.crt", pDirectory);
    (void)snprintf(pBroker->roguePath, sizeof(pBroker->roguePath), "%s/agent-rogue.crt",
                   pDirectory);
    (void)snprintf(pBroker->clientCertPath, sizeof(pBroker->clientCertPath), "%s/agent-client.crt",
                   pDirectory);
    (void)snprintf(pBroker->clientKeyPath, sizeof(pBroker->clientKeyPath), "%s/agent-client.key",
                   pDirectory);
    (void)snprintf(tls, sizeof(tls),
                   "cafile %s/agent-ca.crt\ncertfile %s/agent-server.crt\n"
                   "keyfile %s/agent-server.key\n",
                   pDirectory, pDirectory, pDirectory);
    /* The third port is picked here, the other two by broker_start: should they ever
       collide, mosquitto exits and another set is tried. */
    for (attempt = 0; attempt < 3; attempt++)
    {
        pBroker->clientCertPort = broker_free_port();
        (void)snprintf(extra, sizeof(extra),
                       "listener %%PORT2%% 127.0.0.1\n%srequire_certificate false\n"
                       "listener %u 127.0.0.1\n%srequire_certificate true\n",
                       tls, (unsigned)pBroker->clientCertPort, tls);
        if (broker_start(&pBroker->process, pMosquitto, pDirectory, NULL, extra) == 0)
        {
            break;
        }
    }
    if (attempt == 3)
    {
        fprintf(stderr, "mosquitto did not start\n");
        return -1;
    }
    pBroker->plainPort = pBroker->process.port;
    pBroker->tlsPort = pBroker->process.extraPort;
    return 0;
}

void agent_broker_stop(agent_broker_t *pBroker, bool removeFiles)
{
    broker_stop(&pBroker->process);
    if (removeFiles)
    {
        broker_remove_files(&pBroker->process);
    }
}
