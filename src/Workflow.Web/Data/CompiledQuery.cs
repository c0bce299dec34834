using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Workflow.Web.Data;

/// <summary>
/// An EF Core compiled query (<c>EF.CompileAsyncQuery</c>) made once per model, for the queries every request or
/// message asks: a compiled query skips turning the expression tree into SQL each time, which was about a tenth of
/// the service's CPU (README "CPU per memo"). One per model because a compiled query keeps the executor of the first
/// context that ran it: SQLite SQL on a PostgreSQL context otherwise, where one process holds both (the tests do).
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(WorkflowDbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
