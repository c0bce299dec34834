using Microsoft.EntityFrameworkCore;
using MimeKit;
using Workflow.Web.Deadlines;
using Workflow.Web.Tests.Notifications;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>The digests a host gave for a day, as they arrived over SMTP, once every active person's digest is recorded and sent.</summary>
public static class DigestMails
{
    public static async Task<List<MimeMessage>> AwaitAsync(DeadlineWorkflowApp app, SmtpCapture smtp, DateOnly day, int expected)
    {
        Assert.True(await app.EventuallyAsync(async db =>
            await db.DigestDeliveries.CountAsync(d => d.Day == day) == await db.Users.CountAsync(u => u.IsActive)),
            $"Not every active person's digest of {day} was recorded.");
        var users = await app.ReadDbAsync(db => db.Users.Select(u => u.Id).ToListAsync());
        var eventIds = users.Select(u => DailyDigest.EventIdOf(u, day)).ToList();
        Assert.True(await app.EventuallyAsync(async db =>
            !await db.MailOutbox.AnyAsync(m => eventIds.Contains(m.EventId) && m.SentAt == null)), "Digest mails were not all sent.");
        var subjects = await app.ReadDbAsync(db => db.MailOutbox.Where(m => eventIds.Contains(m.EventId)).Select(m => m.Subject).ToListAsync());
        Assert.Equal(expected, subjects.Count);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (smtp.Messages.Count(m => subjects.Contains(m.Subject ?? "")) < expected && DateTime.UtcNow < until)
            await Task.Delay(50, TestContext.Current.CancellationToken);
        return [.. smtp.Messages.Where(m => subjects.Contains(m.Subject ?? ""))];
    }
}
