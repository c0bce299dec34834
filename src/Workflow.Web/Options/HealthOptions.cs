using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>
    /// A monitor that sends this value in the X-Health-Key header sees every check's detail on /health, as a signed-in
    /// administrator does; anyone else sees the overall status only. Unset: no key opens the detail.
    /// </summary>
    [MinLength(16, ErrorMessage = "Health:Key must be at least 16 characters long.")]
    public string? Key { get; set; }
}
