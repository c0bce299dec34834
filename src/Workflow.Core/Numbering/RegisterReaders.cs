using Workflow.Core.Engine;

namespace Workflow.Core.Numbering;

/// <summary>
/// Who may read the register book (ทะเบียนหนังสือส่ง): administrators, and whoever holds, acts for or is delegated
/// (for every route) a post given that right, such as the clerk's office. To anyone else the register does not exist.
/// </summary>
public static class RegisterReaders
{
    public static bool MayRead(bool isAdministrator, Actor? actor, Func<string, bool> postMayReadRegister)
    {
        ArgumentNullException.ThrowIfNull(postMayReadRegister);
        return isAdministrator || actor is not null && actor.Positions.Any(p => postMayReadRegister(p.Position));
    }
}
