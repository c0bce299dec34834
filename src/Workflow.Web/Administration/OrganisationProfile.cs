using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Administration;

/// <summary>
/// The organisation profile, read on every page, every number given and every date written: kept in memory, loaded at
/// start-up and reloaded by whoever changes it. Until the first load it holds the Register:* first-start defaults.
/// </summary>
public sealed class OrganisationProfile
{
    private volatile Loaded _current;

    public OrganisationProfile(IOptions<RegisterOptions> defaults)
    {
        var d = defaults.Value;
        _current = new Loaded(
            new OrganisationView("", "", d.Prefix, "", "", d.TimeZone, d.YearBasis, null, 0, DateTimeOffset.UnixEpoch),
            TimeZoneInfo.FindSystemTimeZoneById(d.TimeZone),
            null);
    }

    public OrganisationView Current => _current.View;

    public TimeZoneInfo Zone => _current.Zone;

    /// <summary>The emblem's PNG bytes, or null when none is set.</summary>
    public byte[]? Emblem => _current.Emblem;

    public async Task ReloadAsync(WorkflowDbContext db, CancellationToken ct)
    {
        var row = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == Organisation.SingletonId, ct);
        if (row is not null)
            _current = new Loaded(ViewOf(row), TimeZoneInfo.FindSystemTimeZoneById(row.TimeZone), row.Emblem);
    }

    public static OrganisationView ViewOf(Organisation o) =>
        new(o.NameTh, o.NameEn, o.LetterCode, o.Address, o.Telephone, o.TimeZone, o.YearBasis, o.EmblemSha256, o.Version, o.UpdatedAt);

    private sealed record Loaded(OrganisationView View, TimeZoneInfo Zone, byte[]? Emblem);
}
