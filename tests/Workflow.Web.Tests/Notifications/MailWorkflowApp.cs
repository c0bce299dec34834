using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using MassTransit;
using MimeKit;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Notifications;

/// <summary>The host with e-mail on, sending to a real SMTP server on loopback, retrying after a second.</summary>
public sealed class MailWorkflowApp : WorkflowApp
{
    public const string PublicBase = "https://memo.chokchai.example";

    public MailWorkflowApp() => UseSmtp(Settings, Smtp.Port);

    /// <summary>The settings of a host that mails to the SMTP server on loopback at <paramref name="port"/>.</summary>
    public static void UseSmtp(Dictionary<string, string?> settings, int port)
    {
        settings["Mail:Enabled"] = "true";
        settings["Mail:Host"] = "127.0.0.1";
        settings["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Mail:Security"] = "None";
        settings["Mail:From"] = "สารบรรณ <saraban@chokchai.example>";
        settings["Mail:RetryAfter"] = "00:00:01";
        settings["Mail:PollInterval"] = "00:00:01";
        settings["App:PublicBaseUrl"] = PublicBase;
    }

    public SmtpCapture Smtp { get; } = new();

    /// <summary>The mails whose link names the memo, once <paramref name="expected"/> have arrived (or after 20 s, the ones that did).</summary>
    public async Task<List<MimeMessage>> MailsAboutAsync(Guid id, int expected)
    {
        var link = $"{PublicBase}/memos/{id}";
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            // A daily digest (should the run cross 08:30 Bangkok) links the memo too; callers count the event mails.
            var mails = Smtp.Messages.Where(m => (m.TextBody ?? "").Contains(link, StringComparison.Ordinal)
                && !(m.Subject ?? "").StartsWith("สรุปบันทึกข้อความ", StringComparison.Ordinal)).ToList();
            if (mails.Count >= expected || DateTime.UtcNow > until)
                return mails;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddConsumeObserver<NotificationDeliveries>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}
