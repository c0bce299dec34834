using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Workflow.Core.Numbering;
using Workflow.Web.Administration;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Application;

/// <summary>
/// Gives the next register number (ที่) inside the caller's write transaction: one UPSERT…RETURNING, so two
/// submissions can never share a number, and a number given to a committed document is never given again.
/// The letter code, time zone and year basis come from the organisation profile as it is at that moment.
/// </summary>
public sealed class RegisterNumberAllocator(IOptions<RegisterOptions> options, OrganisationProfile organisation)
{
    private readonly bool _thaiDigits = options.Value.ThaiDigits;

    public TimeZoneInfo TimeZone => organisation.Zone;

    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZone).DateTime);

    /// <summary>The register year a moment falls in, in the municipality's time zone and year basis.</summary>
    public int YearOf(DateTimeOffset at) => RegisterYear.For(LocalDate(at), organisation.Current.YearBasis);

    /// <summary>
    /// The counter row of a year's register: the one row allocation and continuation both write. It names the
    /// Buddhist Era year only, so a new letter code, basis or zone continues the count and never gives a number twice (ADR 15).
    /// </summary>
    public static string CounterKey(int year) => $"year:{year}";

    public async Task<(string Number, int Year)> AllocateAsync(WorkflowDbContext db, DateOnly date, CancellationToken ct)
    {
        var profile = organisation.Current;
        var year = RegisterYear.For(date, profile.YearBasis);
        var connection = db.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Register numbers are allocated inside the write transaction.");
        command.CommandText = """
            INSERT INTO "RegisterCounters" ("Key", "Last") VALUES (@key, 1)
            ON CONFLICT ("Key") DO UPDATE SET "Last" = "RegisterCounters"."Last" + 1
            RETURNING "Last";
            """;
        var p = command.CreateParameter();
        p.ParameterName = "key";
        p.Value = CounterKey(year);
        command.Parameters.Add(p);
        var number = Convert.ToInt32(await command.ExecuteScalarAsync(ct));
        return (RegisterNumber.Format(profile.LetterCode, number, _thaiDigits), year);
    }
}
