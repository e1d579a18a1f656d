/*
 * The Tern MQTT client over the mbedTLS transport against mosquitto with TLS (label
 * interop). A CA, server and client certificates (and an unrelated CA) are made with openssl
 * at test time; mosquitto gets one TLS listener that accepts anonymous clients and one that
 * requires a client certificate. Checks verification by default, name checking, client
 * certificates, and MQTT traffic over TLS.
 */
#define _GNU_SOURCE

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "broker.h"
#include "interop_client.h"
#include "transport_mbedtls_posix.h"

static broker_t broker;
static char directory[512];
static char caPath[600], roguePath[600], clientCertPath[600], clientKeyPath[600];
static client_t client;
static TlsTransportParams_t tlsParams;
static struct NetworkContext network = {&tlsParams};

/* Creates the keys and certificates with openssl. */
static int make_certificates(void)
{
    const char *pOpenssl = getenv("TERN_OPENSSL");
    char script[4096];

    if (pOpenssl == NULL)
    {
        return -1;
    }
    snprintf(script, sizeof(script),
             "set -e; cd '%s'; O='%s'\n"
             "key() { $O ecparam -name prime256v1 -genkey -noout -out $1; }\n"
             "ca() { key $1.key; $O req -x509 -new -key $1.key -sha256 -days 2 -subj \"/CN=$2\" "
             "-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign "
             "-out $1.crt; }\n"
             "leaf() { key $1.key; $O req -new -key $1.key -subj \"/CN=$2\" -out $1.csr;\n"
             "  printf '%%s\\n' \"$3\" 'basicConstraints=CA:FALSE' 'keyUsage=digitalSignature' "
             "\"extendedKeyUsage=$4\" > $1.ext;\n"
             "  $O x509 -req -in $1.csr -CA tls-ca.crt -CAkey tls-ca.key -CAcreateserial -days 2 "
             "-sha256 -extfile $1.ext -out $1.crt; }\n"
             "ca tls-ca 'Tern Test CA'; ca tls-rogue 'Someone Else'\n"
             "leaf tls-server localhost 'subjectAltName=DNS:localhost,IP:127.0.0.1' serverAuth\n"
             "leaf tls-client tern-client 'subjectAltName=DNS:tern-client' clientAuth\n",
             directory, pOpenssl);
    if (system(script) != 0)
    {
        return -1;
    }
    snprintf(caPath, sizeof(caPath), "%s/tls-ca.crt", directory);
    snprintf(roguePath, sizeof(roguePath), "%s/tls-rogue.crt", directory);
    snprintf(clientCertPath, sizeof(clientCertPath), "%s/tls-client.crt", directory);
    snprintf(clientKeyPath, sizeof(clientKeyPath), "%s/tls-client.key", directory);
    return 0;
}

static int start_broker(void **state)
{
    char listener[2048];
    char second[2100];
    (void)state;

    snprintf(directory, sizeof(directory), "%s", getenv("TERN_WORK_DIR"));
    if (make_certificates() != 0)
    {
        fprintf(stderr, "could not make certificates with openssl\n");
        return -1;
    }
    snprintf(listener, sizeof(listener),
             "cafile %s/tls-ca.crt\ncertfile %s/tls-server.crt\nkeyfile %s/tls-server.key\n"
             "require_certificate false\n",
             directory, directory, directory);
    snprintf(second, sizeof(second), "listener %%PORT2%% 127.0.0.1\n%s", listener);
    /* The second listener differs only in requiring a client certificate. */
    {
        char *pRequire = strstr(second, "require_certificate false");
        memcpy(pRequire, "require_certificate true\n", 26U);
    }
    return broker_start(&broker, getenv("TERN_MOSQUITTO"), directory, listener, second);
}

static int stop_broker(void **state)
{
    (void)state;
    broker_stop(&broker);
    return 0;
}

static int start_test(void **state)
{
    (void)state;
    clients_reset();
    memset(&tlsParams, 0, sizeof(tlsParams));
    return 0;
}

static TlsTransportStatus_t tls_connect(uint16_t port, const TlsCredentials_t *pCredentials)
{
    return TLS_Posix_Connect(&network, "127.0.0.1", port, pCredentials, 2000U, 5U);
}

static TransportInterface_t tls_transport(void)
{
    TransportInterface_t transport = {TLS_Posix_recv, TLS_Posix_send, TLS_Posix_writev, &network};
    return transport;
}

static void verified_server_carries_mqtt_traffic(void **state)
{
    TlsCredentials_t credentials;
    (void)state;

    memset(&credentials, 0, sizeof(credentials));
    credentials.pRootCaPath = caPath;
    credentials.pServerName = "localhost";
    assert_int_equal(tls_connect(broker.port, &credentials), TLS_TRANSPORT_SUCCESS);
    client_init(&client, tls_transport(), 1024U);
    assert_int_equal(client_connect(&client, "tls-client", true, 30U, NULL, NULL), MQTTSuccess);
    assert_int_equal(client_subscribe(&client, "tls/#", MQTTQoS2), 2);
    assert_int_equal(client_publish(&client, "tls/echo", "sealed", 6U, MQTTQoS1, false),
                     MQTTSuccess);
    assert_int_equal(client_publish(&client, "tls/echo", "twice", 5U, MQTTQoS2, false),
                     MQTTSuccess);
    assert_true(wait_messages(&client, 2U, 3000U));
    assert_true(message_is(&client, 0U, "tls/echo", "sealed"));
    assert_true(message_is(&client, 1U, "tls/echo", "twice"));
    assert_true(wait_acknowledged(&client, 3000U));
    assert_int_equal(MQTT_Disconnect(&client.context), MQTTSuccess);
    TLS_Posix_Disconnect(&network);
}

static void server_certificate_is_verified_by_default(void **state)
{
    TlsCredentials_t credentials;
    (void)state;

    memset(&credentials, 0, sizeof(credentials));
    /* No CA, and verification not explicitly switched off: refused before connecting. */
    assert_int_equal(tls_connect(broker.port, &credentials), TLS_TRANSPORT_INVALID_PARAMETER);
    /* A CA that did not sign the server's certificate. */
    credentials.pRootCaPath = roguePath;
    assert_int_equal(tls_connect(broker.port, &credentials), TLS_TRANSPORT_HANDSHAKE_FAILED);
    /* The right CA, but the certificate names another host. */
    credentials.pRootCaPath = caPath;
    credentials.pServerName = "not-the-broker.example";
    assert_int_equal(tls_connect(broker.port, &credentials), TLS_TRANSPORT_HANDSHAKE_FAILED);
    /* A CA file that does not exist. */
    credentials.pRootCaPath = "/nonexistent/ca.crt";
    assert_int_equal(tls_connect(broker.port, &credentials), TLS_TRANSPORT_INVALID_CREDENTIALS);
    /* Explicitly unverified works (for tests against self-made servers only). */
    memset(&credentials, 0, sizeof(credentials));
    credentials.disableServerVerification = true;
    assert_int_equal(tls_connect(broker.port, &credentials), TLS_TRANSPORT_SUCCESS);
    TLS_Posix_Disconnect(&network);
    /* Nobody listening. */
    credentials.disableServerVerification = false;
    credentials.pRootCaPath = caPath;
    assert_int_equal(tls_connect(broker_free_port(), &credentials), TLS_TRANSPORT_CONNECT_FAILURE);
}

static void client_certificate_opens_the_strict_listener(void **state)
{
    TlsCredentials_t credentials;
    MQTTStatus_t status;
    TlsTransportStatus_t tls;
    (void)state;

    memset(&credentials, 0, sizeof(credentials));
    credentials.pRootCaPath = caPath;
    credentials.pServerName = "localhost";
    /* Without a client certificate the broker refuses the connection (during the handshake,
     * or on the first read right after it, depending on the TLS version). */
    tls = tls_connect(broker.extraPort, &credentials);
    if (tls == TLS_TRANSPORT_SUCCESS)
    {
        client_init(&client, tls_transport(), 1024U);
        status = client_connect(&client, "tls-anonymous", true, 30U, NULL, NULL);
        assert_int_not_equal(status, MQTTSuccess);
        TLS_Posix_Disconnect(&network);
    }
    else
    {
        assert_int_equal(tls, TLS_TRANSPORT_HANDSHAKE_FAILED);
    }

    credentials.pClientCertPath = clientCertPath;
    credentials.pPrivateKeyPath = "/nonexistent/client.key";
    assert_int_equal(tls_connect(broker.extraPort, &credentials),
                     TLS_TRANSPORT_INVALID_CREDENTIALS);
    credentials.pPrivateKeyPath = clientKeyPath;
    assert_int_equal(tls_connect(broker.extraPort, &credentials), TLS_TRANSPORT_SUCCESS);
    client_init(&client, tls_transport(), 1024U);
    assert_int_equal(client_connect(&client, "tls-with-cert", true, 30U, NULL, NULL), MQTTSuccess);
    assert_int_equal(client_subscribe(&client, "strict/#", MQTTQoS1), 1);
    assert_int_equal(client_publish(&client, "strict/t", "ok", 2U, MQTTQoS1, false), MQTTSuccess);
    assert_true(wait_messages(&client, 1U, 3000U));
    assert_true(message_is(&client, 0U, "strict/t", "ok"));
    TLS_Posix_Disconnect(&network);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(verified_server_carries_mqtt_traffic, start_test),
        cmocka_unit_test_setup(server_certificate_is_verified_by_default, start_test),
        cmocka_unit_test_setup(client_certificate_opens_the_strict_listener, start_test),
    };
    int failures;

    if ((getenv("TERN_MOSQUITTO") == NULL) || (getenv("TERN_WORK_DIR") == NULL))
    {
        fprintf(stderr, "TERN_MOSQUITTO and TERN_WORK_DIR must be set (run through ctest)\n");
        return 2;
    }
    failures = cmocka_run_group_tests(tests, start_broker, stop_broker);
    if (failures != 0)
    {
        broker_dump_log(&broker); /* files kept for a look */
    }
    else
    {
        broker_remove_files(&broker);
    }
    return failures;
}
