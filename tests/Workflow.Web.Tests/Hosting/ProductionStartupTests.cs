using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Hosting;

/// <summary>What a Production deployment must set is checked at start-up; what it must not do, it does not.</summary>
public sealed class ProductionStartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("http://memo.example.go.th")]
    [InlineData("https://memo.example.go.th/memos")]
    [InlineData("memo.example.go.th")]
    public async Task Production_does_not_start_without_an_https_public_base_url(string? url)
    {
        await using var app = new ProductionWorkflowApp();
        app.Settings["App:PublicBaseUrl"] = url;

        Assert.Contains("App:PublicBaseUrl", StartupFailure.Of(app));
    }

    [Fact]
    public async Task Production_does_not_start_without_a_key_ring_certificate()
    {
        await using var app = new ProductionWorkflowApp();
        app.Settings["DataProtection:CertificatePath"] = null;

        Assert.Contains("DataProtection:CertificatePath", StartupFailure.Of(app));
    }

    [Fact]
    public async Task Wrong_certificate_password_stops_start_up_without_showing_the_password()
    {
        await using var app = new ProductionWorkflowApp();
        app.Settings["DataProtection:CertificatePassword"] = "wrong-password-4711";

        var message = StartupFailure.Of(app);

        Assert.Contains("DataProtection:CertificatePath", message);
        Assert.DoesNotContain("wrong-password-4711", message);
    }

    [Fact]
    public async Task Key_ring_is_encrypted_at_rest_with_the_certificate()
    {
        await using var app = new ProductionWorkflowApp();
        await app.Api.LoginAsync(Demo.Legal);

        var keys = Directory.GetFiles(app.KeysPath, "key-*.xml");

        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            var xml = File.ReadAllText(k);
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<value>", xml);
        });
    }

    [Fact]
    public async Task Bearer_token_still_works_on_a_restarted_host_reading_the_encrypted_key_ring()
    {
        await using var first = new ProductionWorkflowApp();
        var token = (await first.Api.LoginAsync(Demo.Legal)).DefaultRequestHeaders.Authorization;
        await using var restarted = new ProductionWorkflowApp();
        restarted.Settings["Database:Path"] = first.DatabasePath;
        restarted.Settings["DataProtection:KeysPath"] = first.KeysPath;
        restarted.Settings["DataProtection:CertificatePath"] = first.Settings["DataProtection:CertificatePath"];
        var client = restarted.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = token;

        using var response = await client.GetAsync("/api/me", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Api_documentation_is_served_in_production_when_the_setting_turns_it_on()
    {
        await using var app = new ProductionWorkflowApp();
        app.Settings["App:OpenApi"] = "true";

        using var response = await app.CreateClient(new() { BaseAddress = new Uri("https://localhost") }).GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MassTransit_usage_telemetry_is_off()
    {
        await using var app = new ProductionWorkflowApp();

        Assert.False(app.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }
}
