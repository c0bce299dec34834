using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Notifications;

/// <summary>Sends claimed mails over one SMTP connection (MailKit); answers, per mail, the failure or null when sent.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options)
{
    public async Task<IReadOnlyList<string?>> SendAsync(IReadOnlyList<MailOutboxEntry> mails, CancellationToken ct)
    {
        var o = options.Value;
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(o.Host!, o.Port, Socket(o.Security), ct);
            if (!string.IsNullOrEmpty(o.User))
                await client.AuthenticateAsync(o.User, o.Password ?? "", ct);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or AuthenticationException or IOException
                                      or System.Net.Sockets.SocketException or SslHandshakeException)
        {
            return [.. mails.Select(_ => $"{e.GetType().Name}: {e.Message}")];
        }

        var results = new List<string?>();
        foreach (var mail in mails)
        {
            if (!client.IsConnected)
            {
                results.Add("The SMTP connection closed.");
                continue;
            }

            try
            {
                await client.SendAsync(Message(o.From!, mail), ct);
                results.Add(null);
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException)
            {
                results.Add($"{e.GetType().Name}: {e.Message}");
            }
        }

        if (client.IsConnected)
            await client.DisconnectAsync(quit: true, ct);
        return results;
    }

    private static MimeMessage Message(string from, MailOutboxEntry mail)
    {
        var message = new MimeMessage { Subject = mail.Subject, Body = new TextPart("plain") { Text = mail.Body } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        // The event id and recipient name the mail: a receiving system can recognise one sent again after a crash.
        message.MessageId = $"{mail.EventId:N}.{mail.Id}@{message.From.Mailboxes.First().Domain}";
        return message;
    }

    private static SecureSocketOptions Socket(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown mail security."),
    };
}
