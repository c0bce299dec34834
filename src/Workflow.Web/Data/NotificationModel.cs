using Microsoft.EntityFrameworkCore;

namespace Workflow.Web.Data;

/// <summary>The notification tables' keys and indexes (ADR 24).</summary>
public static class NotificationModel
{
    public static void ConfigureNotifications(this ModelBuilder b)
    {
        b.Entity<Notification>(e =>
        {
            e.HasIndex(n => new { n.EventId, n.RecipientId }).IsUnique();
            e.HasIndex(n => new { n.RecipientId, n.ReadAt, n.Id });
            e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<MailOutboxEntry>(e =>
        {
            e.ToTable("MailOutbox");
            e.HasIndex(m => new { m.EventId, m.RecipientId }).IsUnique();
            e.HasIndex(m => new { m.SentAt, m.DueAt });
        });
        b.Entity<NotificationSetting>(e =>
        {
            e.HasKey(s => new { s.UserId, s.Kind });
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<Reminder>(e =>
        {
            e.HasIndex(r => r.EventId).IsUnique();
            e.HasIndex(r => new { r.SentAt, r.At });
            e.HasIndex(r => r.DocumentId);
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<DigestDelivery>().HasKey(d => new { d.UserId, d.Day });
        b.Entity<HolidayEntry>(e =>
        {
            e.ToTable("Holidays");
            e.HasKey(h => h.Date);
        });
        b.Entity<HolidayYear>().HasKey(y => y.YearBe);
    }
}
