using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Workflow.Web.Sealing;

/// <summary>Degraded when the seal certificate expires within 30 days (time to renew it), Unhealthy once it has: publications then wait.</summary>
public sealed class SealCertificateHealthCheck(SealCertificate seal, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan RenewalWarning = TimeSpan.FromDays(30);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var notAfter = new DateTimeOffset(seal.Certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var notBefore = new DateTimeOffset(seal.Certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);
        var data = new Dictionary<string, object> { ["subject"] = seal.Subject, ["notAfter"] = notAfter.ToString("O") };
        var now = clock.GetUtcNow();
        var result = now > notAfter || now < notBefore
            ? HealthCheckResult.Unhealthy("The seal certificate is not valid now: publications wait for a new one.", data: data)
            : now > notAfter - RenewalWarning
                ? HealthCheckResult.Degraded("The seal certificate expires within 30 days.", data: data)
                : HealthCheckResult.Healthy("The seal certificate is valid.", data);
        return Task.FromResult(result);
    }
}
