using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Infrastructure;

namespace Workflow.Web.Data;

public class WorkflowDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public WorkflowDbContext(DbContextOptions<WorkflowDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider-specific subclass, which exists only to own its provider's migrations (ADR 33).</summary>
    protected WorkflowDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The data-protection key ring when instances share it through the database (PostgreSQL).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PostAssignment> Assignments => Set<PostAssignment>();

    public DbSet<AdminAuditEntry> AdminAudit => Set<AdminAuditEntry>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<RegisterCounter> RegisterCounters => Set<RegisterCounter>();

    public DbSet<RouteSnapshot> RouteSnapshots => Set<RouteSnapshot>();

    public DbSet<MessageJournalEntry> MessageJournal => Set<MessageJournalEntry>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<MailOutboxEntry> MailOutbox => Set<MailOutboxEntry>();

    public DbSet<NotificationSetting> NotificationSettings => Set<NotificationSetting>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();

    public DbSet<HolidayEntry> Holidays => Set<HolidayEntry>();

    public DbSet<HolidayYear> HolidayYears => Set<HolidayYear>();

    public DbSet<RecoveryCode> RecoveryCodes => Set<RecoveryCode>();

    // A SaveChanges outside an explicit transaction is a write transaction of its own: take its turn at the gate.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        using (await SqliteWriteGate.EnterAsync(this, cancellationToken))
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (Database.CurrentTransaction is not null)
            return base.SaveChanges(acceptAllChangesOnSuccess);
        using (SqliteWriteGate.Enter(this))
            return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder c)
    {
        // SQLite cannot order or compare DateTimeOffset text; UTC ticks sort, compare and round-trip exactly
        // (the audit hash covers the ticks, so a lossy conversion would break the chain).
        c.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<AppUser>(e =>
        {
            e.HasMany(u => u.Assignments).WithOne().HasForeignKey(a => a.UserId);
            e.HasIndex(u => u.DepartmentKey);
            e.Property(u => u.ProfileVersion).IsConcurrencyToken();
        });
        b.Entity<Organisation>(e =>
        {
            e.Property(o => o.Id).ValueGeneratedNever();
            e.Property(o => o.YearBasis).HasConversion<string>().HasMaxLength(16);
            e.Property(o => o.Version).IsConcurrencyToken();
        });
        b.Entity<Department>(e =>
        {
            e.HasKey(d => d.Key);
            e.Property(d => d.Version).IsConcurrencyToken();
        });
        b.Entity<Post>(e =>
        {
            e.HasKey(p => p.Key);
            e.Property(p => p.Version).IsConcurrencyToken();
        });
        b.Entity<PostAssignment>(e =>
        {
            e.HasIndex(a => new { a.UserId, a.From });
            e.HasIndex(a => new { a.Position, a.From });
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Version).IsConcurrencyToken();
        });
        b.Entity<AdminAuditEntry>(e =>
        {
            e.HasIndex(a => a.Sequence).IsUnique();
            e.HasIndex(a => new { a.SubjectKind, a.SubjectId });
        });
        b.Entity<Document>(e =>
        {
            e.Property(d => d.Version).IsConcurrencyToken();
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(d => new { d.WaitingFor, d.WaitingSince });
            // The inbox's order (most urgent first, then the longest waiting), so a post's inbox is read in index order.
            e.HasIndex(d => new { d.WaitingFor, d.Urgency, d.WaitingSince }, "IX_Documents_Inbox").IsDescending(false, true, false);
            e.HasIndex(d => new { d.AuthorId, d.CreatedAt });
            e.HasIndex(d => new { d.RegisterYear, d.RegisterNumber }).IsUnique();
            e.HasMany(d => d.Attachments).WithOne().HasForeignKey(a => a.DocumentId);
            e.Ignore(d => d.State);
        });
        b.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => new { a.DocumentId, a.Sequence }).IsUnique();
            e.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Capacity).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.FromStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.ToStatus).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<OutboxMessage>(e =>
        {
            e.HasIndex(o => o.MessageId).IsUnique();
            e.HasIndex(o => new { o.SentAt, o.Id });
            e.HasIndex(o => new { o.DocumentId, o.Id });
        });
        b.Entity<SignInFailure>().HasKey(f => f.Key);
        b.Entity<RegisterCounter>().HasKey(c => c.Key);
        b.Entity<RouteSnapshot>().HasKey(r => r.Hash);
        b.Entity<MessageJournalEntry>(e =>
        {
            e.HasIndex(j => j.MessageId).IsUnique();
            e.HasIndex(j => new { j.DocumentId, j.Sequence });
        });
        b.Entity<Publication>(e =>
        {
            e.HasIndex(p => p.DocumentId).IsUnique();
            e.HasIndex(p => p.PublishedAt);
            e.HasIndex(p => p.PdfSha256);
        });
        b.Entity<RecoveryCode>(e =>
        {
            e.HasOne<AppUser>().WithMany(u => u.RecoveryCodes).HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.UserId, c.CodeHash }).IsUnique();
        });
        b.ConfigureNotifications();
    }
}
