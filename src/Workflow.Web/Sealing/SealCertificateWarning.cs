namespace Workflow.Web.Sealing;

/// <summary>
/// An expired (or not yet valid) seal certificate does not stop the service, which has more to do than sealing;
/// start-up says so in the log, sealing refuses and /health shows it.
/// </summary>
public sealed partial class SealCertificateWarning(SealCertificate seal, TimeProvider clock, ILogger<SealCertificateWarning> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var certificate = seal.Certificate;
        var now = clock.GetUtcNow();
        if (now > certificate.NotAfter.ToUniversalTime() || now < certificate.NotBefore.ToUniversalTime())
            NotValid(log, seal.Subject, certificate.NotBefore.ToUniversalTime(), certificate.NotAfter.ToUniversalTime());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The seal certificate {Subject} is valid from {NotBefore:u} to {NotAfter:u}, not now: published PDFs wait unsealed until it is replaced")]
    private static partial void NotValid(ILogger logger, string subject, DateTime notBefore, DateTime notAfter);
}
