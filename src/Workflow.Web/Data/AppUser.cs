using Microsoft.AspNetCore.Identity;

namespace Workflow.Web.Data;

public sealed class AppUser : IdentityUser
{
    /// <summary>Full name as signed on a memo, e.g. "นายสมชาย ใจดี".</summary>
    public string DisplayName { get; set; } = "";

    public List<UserPosition> Positions { get; set; } = [];
}
