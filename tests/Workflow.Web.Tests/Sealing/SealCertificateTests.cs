using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflow.Web.Administration;
using Workflow.Web.Sealing;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Sealing;

/// <summary>The seal certificate at start-up: bad files stop the host with one message, an expired one stops sealing only.</summary>
public sealed class SealCertificateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_file_that_is_not_pkcs12_stops_start_up_naming_the_setting()
    {
        await using var app = new SealedApp();
        File.WriteAllText(app.Settings["Seal:CertificatePath"]!, "not a certificate");

        Assert.Contains("Seal:CertificatePath", StartupFailure.Of(app));
    }

    [Fact]
    public async Task A_wrong_password_stops_start_up_without_showing_the_password()
    {
        await using var app = new SealedApp();
        app.Settings["Seal:CertificatePassword"] = "wrong-seal-password-4711";

        var message = StartupFailure.Of(app);

        Assert.Contains("Seal:CertificatePath", message);
        Assert.Contains("Seal:CertificatePassword", message);
        Assert.DoesNotContain("wrong-seal-password-4711", message);
    }

    [Fact]
    public async Task A_certificate_without_its_private_key_stops_start_up()
    {
        await using var app = new SealedApp();
        using var certificate = TestCertificates.SelfSigned("No key");
        var path = Path.Combine(app.Root, "public-only.pfx");
        File.WriteAllBytes(path, X509CertificateLoader.LoadCertificate(certificate.RawData).Export(X509ContentType.Pkcs12, TestCertificates.Password));
        app.Settings["Seal:CertificatePath"] = path;

        Assert.Contains("holds no private key", StartupFailure.Of(app));
    }

    [Fact]
    public async Task Production_does_not_start_without_a_seal_certificate()
    {
        await using var app = new ProductionWorkflowApp();
        app.Settings["Seal:CertificatePath"] = null;

        Assert.Contains("Seal:CertificatePath", StartupFailure.Of(app));
    }

    [Fact]
    public async Task A_time_stamp_authority_that_is_not_an_http_url_stops_start_up()
    {
        await using var app = new SealedApp();
        app.Settings["Seal:TimestampUrl"] = "ftp://tsa.example.go.th";

        Assert.Contains("Seal:TimestampUrl", StartupFailure.Of(app));
    }

    [Fact]
    public async Task An_expired_certificate_refuses_to_seal_and_makes_the_health_check_unhealthy()
    {
        await using var app = new SealedApp();
        app.Settings["Seal:CertificatePath"] = WriteExpiredPfx(app.Root);

        var seal = app.Services.GetRequiredService<IPdfSeal>();
        var health = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "seal-certificate", Ct);

        await Assert.ThrowsAsync<SealUnavailableException>(() => seal.SealAsync(SkiaPdf.ThaiPage(), Ct));
        var entry = health.Entries["seal-certificate"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("Expired seal", entry.Data["subject"]);
    }

    [Fact]
    public async Task An_expired_certificate_lets_production_start_with_a_warning_naming_it()
    {
        await using var app = Operations.OperationsApp.Production();
        app.Settings["Seal:CertificatePath"] = WriteExpiredPfx(app.Root);

        _ = app.Services;

        Assert.Contains(app.Logs.Entries, e => e.Contains("Warning", StringComparison.Ordinal) && e.Contains("seal certificate Expired seal", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Contains(TestCertificates.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_certificate_valid_for_the_next_thirty_days_only_is_degraded()
    {
        await using var app = new SealedApp();
        using var soon = Made("Expiring seal", DateTimeOffset.UtcNow.AddDays(-300), DateTimeOffset.UtcNow.AddDays(10));
        app.Settings["Seal:CertificatePath"] = Write(app.Root, soon);

        var health = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "seal-certificate", Ct);

        Assert.Equal(HealthStatus.Degraded, health.Entries["seal-certificate"].Status);
    }

    [Fact]
    public async Task Development_without_a_certificate_makes_a_demo_seal_once_and_keeps_it_beside_the_keys()
    {
        await using var first = new SealedApp();
        first.Settings["Seal:CertificatePath"] = null;
        var sealedBy = (await first.Services.GetRequiredService<IPdfSeal>().SealAsync(SkiaPdf.ThaiPage(), Ct)).SealedBy;
        var keys = Path.Combine(first.Root, "keys");
        var pfx = File.ReadAllBytes(Path.Combine(keys, DemoSealCertificate.FileName));
        await using var restarted = new SealedApp();
        restarted.Settings["Seal:CertificatePath"] = null;
        restarted.Settings["DataProtection:KeysPath"] = keys;
        var sealedAgain = await restarted.Services.GetRequiredService<IPdfSeal>().SealAsync(SkiaPdf.ThaiPage(), Ct);

        Assert.Equal(first.Services.GetRequiredService<OrganisationProfile>().Current.NameTh, sealedBy);
        Assert.Equal("เทศบาลตำบลโชคชัย", sealedBy);
        Assert.True(OperatingSystem.IsWindows()
            || File.GetUnixFileMode(Path.Combine(keys, DemoSealCertificate.PasswordFileName)) == (UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.Equal(pfx, File.ReadAllBytes(Path.Combine(keys, DemoSealCertificate.FileName)));
        Assert.True(first.Services.GetRequiredService<IPdfSeal>().Check(sealedAgain.Bytes).Genuine);
    }

    [Fact]
    public async Task A_time_stamp_authority_that_does_not_answer_makes_the_seal_unavailable()
    {
        await using var app = new SealedApp();
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        app.Settings["Seal:TimestampUrl"] = $"http://127.0.0.1:{port}/tsa";

        var seal = app.Services.GetRequiredService<IPdfSeal>();

        await Assert.ThrowsAsync<SealUnavailableException>(() => seal.SealAsync(SkiaPdf.ThaiPage(), Ct));
    }

    private static string WriteExpiredPfx(string folder)
    {
        using var expired = Made("Expired seal", DateTimeOffset.UtcNow.AddYears(-2), DateTimeOffset.UtcNow.AddDays(-1));
        return Write(folder, expired);
    }

    private static X509Certificate2 Made(string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256).CreateSelfSigned(notBefore, notAfter);
    }

    private static string Write(string folder, X509Certificate2 certificate)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, TestCertificates.Password));
        return path;
    }
}
