using System.Formats.Asn1;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Workflow.Web.Sealing;

namespace Workflow.Web.Tests.Sealing;

/// <summary>
/// A tiny RFC 3161 time-stamp authority on loopback: decodes the request with the platform's own decoder and answers
/// a granted TimeStampResp whose token (TSTInfo signed by a timeStamping certificate) .NET and poppler accept.
/// </summary>
public sealed class TestTimestampAuthority : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly X509Certificate2 certificate = Create();
    private readonly Task serving;

    public TestTimestampAuthority()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/tsa/";
        listener.Prefixes.Add(Url);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public int Requests { get; private set; }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Requests++;
            var answer = Answer(body.ToArray());
            context.Response.ContentType = "application/timestamp-reply";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    private byte[] Answer(byte[] query)
    {
        Rfc3161TimestampRequest.TryDecode(query, out var request, out _);
        var info = new AsnWriter(AsnEncodingRules.DER);
        using (info.PushSequence())
        {
            info.WriteInteger(1);
            info.WriteObjectIdentifier("1.3.6.1.4.1.99999.1");
            using (info.PushSequence())
            {
                using (info.PushSequence())
                    info.WriteObjectIdentifier(request!.HashAlgorithmId.Value!);
                info.WriteOctetString(request.GetMessageHash().Span);
            }
            info.WriteInteger(RandomNumberGenerator.GetInt32(1, int.MaxValue));
            info.WriteGeneralizedTime(DateTimeOffset.UtcNow, omitFractionalSeconds: true);
            if (request.GetNonce() is { } nonce)
                info.WriteInteger(nonce.Span);
        }

        var token = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.9.16.1.4"), info.Encode()));
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate) { DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1") };
        signer.SignedAttributes.Add(new AsnEncodedData(EssSigningCertificate.Oid, EssSigningCertificate.Encode(certificate)));
        token.ComputeSignature(signer, silent: true);

        var response = new AsnWriter(AsnEncodingRules.DER);
        using (response.PushSequence())
        {
            using (response.PushSequence())
                response.WriteInteger(0);
            response.WriteEncodedValue(token.Encode());
        }
        return response.Encode();
    }

    private static X509Certificate2 Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Workflow test time-stamp authority", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
        certificate.Dispose();
    }
}
