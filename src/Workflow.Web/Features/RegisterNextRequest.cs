using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Features;

/// <summary>Body of PUT /api/admin/register/next: the Buddhist Era year and the number its next memo gets.</summary>
public sealed record RegisterNextRequest
{
    [Required, Range(2400, 3000)]
    public int? Year { get; init; }

    // A register book never reaches a million in a year; the bound keeps the counter far from overflow.
    [Required, Range(1, 999_999)]
    public int? Next { get; init; }
}
