using System.Text.Json.Serialization;
using Workflow.Core.Numbering;

namespace Workflow.Web.Administration;

/// <summary>The organisation profile as the service uses it and the API answers it; the emblem only by its hash.</summary>
public sealed record OrganisationView(
    string NameTh,
    string NameEn,
    string LetterCode,
    string Address,
    string Telephone,
    string TimeZone,
    RegisterYearBasis YearBasis,
    string? EmblemSha256,
    int Version,
    DateTimeOffset UpdatedAt)
{
    public const string EmblemPath = "/organisation/emblem.png";

    public bool HasEmblem => EmblemSha256 is not null;

    /// <summary>The name in the interface language, Thai when the English one is not set.</summary>
    public string NameIn(bool english) => english && NameEn.Length > 0 ? NameEn : NameTh;

    /// <summary>Where pages link the emblem: its hash in the query, so a changed emblem is fetched anew.</summary>
    [JsonIgnore]
    public string? EmblemUrl => EmblemSha256 is null ? null : $"{EmblemPath}?v={EmblemSha256[..16]}";
}
