using Workflow.Core.Engine;
using Workflow.Core.Routes;

namespace Workflow.Core.Tests.Engine;

/// <summary>Who stands where around a document that is at step 1 of its route.</summary>
public enum Role
{
    Author,
    CurrentHolder,
    PassedHolder,
    FutureHolder,
    ActingCurrentHolder,
    Stranger,
}

/// <summary>The routes the engine is tested on, and the people acting on them.</summary>
public static class EngineScene
{
    public const string AuthorId = "author";
    public const string SmallRoute = "small";
    public const string ReferenceRoute = "memo-approval";

    public static RouteDefinition Small { get; } = new(
        SmallRoute, 1, "เส้นทางทดสอบ", "Test route", ["writer"],
        [new RouteStep(0, "first", StepKind.Endorse), new RouteStep(1, "second", StepKind.Endorse), new RouteStep(2, "signer", StepKind.Sign)],
        "test-hash");

    public static RouteDefinition Reference { get; } = RouteDefinitionLoader.Load(RepositoryFolders.Workflows).Find(ReferenceRoute)!;

    public static TheoryData<string> RouteNames => [SmallRoute, ReferenceRoute];

    public static RouteDefinition Route(string name) => name == SmallRoute ? Small : Reference;

    public static Actor Author(RouteDefinition route) => Holding(AuthorId, route.Submitters[0]);

    public static Actor HolderOfStep(RouteDefinition route, int step, Capacity capacity = Capacity.Self) =>
        Holding($"holder-of-{route.Steps[step].Position}", route.Steps[step].Position, capacity);

    public static Actor Holding(string userId, string position, Capacity capacity = Capacity.Self) =>
        new(userId, [new HeldPosition(position, capacity)]);

    public static Actor Playing(RouteDefinition route, Role role) => role switch
    {
        Role.Author => Author(route),
        Role.CurrentHolder => HolderOfStep(route, 1),
        Role.PassedHolder => HolderOfStep(route, 0),
        Role.FutureHolder => HolderOfStep(route, 2),
        Role.ActingCurrentHolder => HolderOfStep(route, 1, Capacity.Acting),
        _ => Holding("stranger", "finance-officer"),
    };

    public static Result Decide(RouteDefinition route, RouteState state, Actor actor, ActionKind action, string? note = null) =>
        RouteEngine.Decide(route, state, AuthorId, actor, action, note);

    /// <summary>The decision's new state, failing the test with the refusal when there is none.</summary>
    public static Decision Allowed(Result result)
    {
        Assert.True(result.IsAllowed, $"Refused: {result.Refusal?.Code} {result.Refusal?.Message}");
        return result.Decision!;
    }
}
