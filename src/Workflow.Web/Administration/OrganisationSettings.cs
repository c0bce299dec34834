using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Administration;

/// <summary>
/// Changes the organisation profile and its emblem (the API, the admin page and the demo seed all come here), each
/// change audited through <see cref="AdminChanges"/>, and reloads <see cref="OrganisationProfile"/> after it.
/// </summary>
public sealed class OrganisationSettings(WorkflowDbContext db, AdminChanges changes, OrganisationProfile profile, TimeProvider clock)
{
    private const string Kind = "Organisation";

    public OrganisationView Current => profile.Current;

    public async Task<Outcome<OrganisationView>> UpdateAsync(OrganisationInput? input, AdminActor by, CancellationToken ct)
    {
        if (RequestValidation.Validate(input) is { } invalid)
            return invalid;
        if (!IsIanaZone(input!.TimeZone!))
            return new Failure(StatusCodes.Status400BadRequest, "unknown-time-zone",
                $"'{input.TimeZone}' is not an IANA time zone id (e.g. Asia/Bangkok).", "timeZone");
        var row = await db.Organisations.SingleAsync(ct);
        if (row.Version != input.Version)
            return Changed(row.Version, input.Version!.Value);

        var before = Audited(row);
        row.NameTh = input.NameTh!;
        row.NameEn = input.NameEn ?? "";
        row.LetterCode = input.LetterCode!;
        row.Address = input.Address ?? "";
        row.Telephone = input.Telephone ?? "";
        row.TimeZone = input.TimeZone!;
        row.YearBasis = input.YearBasis!.Value;
        if (before == Audited(row))
            return profile.Current;
        return await SaveAsync(row, by, new AdminChange(Kind, "1", "Updated", before, Audited(row)), ct);
    }

    public async Task<Outcome<OrganisationView>> SetEmblemAsync(byte[] png, AdminActor by, CancellationToken ct)
    {
        var row = await db.Organisations.SingleAsync(ct);
        var before = row.EmblemSha256;
        row.Emblem = png;
        row.EmblemSha256 = EmblemImage.Sha256Of(png);
        return before == row.EmblemSha256
            ? profile.Current
            : await SaveAsync(row, by, new AdminChange(Kind, "1", "EmblemSet", new { EmblemSha256 = before }, new { row.EmblemSha256 }), ct);
    }

    public async Task<Outcome<OrganisationView>> RemoveEmblemAsync(AdminActor by, CancellationToken ct)
    {
        var row = await db.Organisations.SingleAsync(ct);
        if (row.EmblemSha256 is not { } before)
            return profile.Current;
        row.Emblem = null;
        row.EmblemSha256 = null;
        return await SaveAsync(row, by, new AdminChange(Kind, "1", "EmblemRemoved", new { EmblemSha256 = before }, new { EmblemSha256 = (string?)null }), ct);
    }

    /// <summary>An id the IANA database knows; a Windows id (which .NET on Linux would also accept) is refused.</summary>
    public static bool IsIanaZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    private async Task<Outcome<OrganisationView>> SaveAsync(Organisation row, AdminActor by, AdminChange change, CancellationToken ct)
    {
        row.Version++;
        row.UpdatedAt = clock.GetUtcNow();
        try
        {
            await changes.SaveAsync(by, [change], ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Changed(row.Version, row.Version - 1);
        }
        finally
        {
            await profile.ReloadAsync(db, ct);
        }

        return profile.Current;
    }

    private static Failure Changed(int current, int sent) =>
        new(StatusCodes.Status409Conflict, "changed-meanwhile",
            $"The organisation profile has changed (version {current}, you sent {sent}). Reload and try again.", "version");

    private static AuditedProfile Audited(Organisation o) =>
        new(o.NameTh, o.NameEn, o.LetterCode, o.Address, o.Telephone, o.TimeZone, o.YearBasis.ToString());

    private sealed record AuditedProfile(string NameTh, string NameEn, string LetterCode, string Address, string Telephone, string TimeZone, string YearBasis);
}
