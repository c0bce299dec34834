using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Web.Data;

/// <summary>
/// PostgreSQL cannot hold U+0000 in text and refuses a parameter carrying it (22021), where SQLite just compares it:
/// a search or a lookup typed with a NUL answered 500 instead of "nothing found". Such a value becomes U+FFFF, a
/// noncharacter that stored text never holds (PlainTextRules refuses both), so it still matches nothing (ADR 33).
/// </summary>
public sealed class PostgreSqlNulParameters : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        foreach (DbParameter parameter in result.Parameters)
        {
            if (parameter.Value is string text && text.Contains('\0', StringComparison.Ordinal))
                parameter.Value = text.Replace('\0', '\uFFFF');
        }

        return result;
    }
}
