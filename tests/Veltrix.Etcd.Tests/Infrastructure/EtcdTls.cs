using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>A throwaway CA, a server certificate for 127.0.0.1 and a client certificate, written as PEM files for etcd.</summary>
public sealed class EtcdTls : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("veltrix-etcd-tls-").FullName;

    public EtcdTls()
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=veltrix-test-ca", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        Ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));

        using var serverKey = RSA.Create(2048);
        var server = Issue("CN=127.0.0.1", serverKey, "1.3.6.1.5.5.7.3.1", 1, san: true);
        using var clientKey = RSA.Create(2048);
        Client = Issue("CN=veltrix-test-client", clientKey, "1.3.6.1.5.5.7.3.2", 2, san: false).CopyWithPrivateKey(clientKey);

        CaFile = Write("ca.pem", Ca.ExportCertificatePem());
        ServerCertificateFile = Write("server.pem", server.ExportCertificatePem());
        ServerKeyFile = Write("server-key.pem", serverKey.ExportPkcs8PrivateKeyPem());
        server.Dispose();
    }

    public X509Certificate2 Ca { get; }

    public X509Certificate2 Client { get; }

    public string CaFile { get; }

    public string ServerCertificateFile { get; }

    public string ServerKeyFile { get; }

    public void Dispose()
    {
        Ca.Dispose();
        Client.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private X509Certificate2 Issue(string subject, RSA key, string usage, byte serial, bool san)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], false));
        if (san)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        var now = DateTimeOffset.UtcNow;
        return request.Create(Ca, now.AddHours(-1), now.AddHours(12), [serial, 0x5e, 0x11]);
    }

    private string Write(string name, string pem)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, pem);
        return path;
    }
}
