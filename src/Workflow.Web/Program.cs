using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Core.Routes;
using Workflow.Web.Administration;
using Workflow.Web.Application;
using Workflow.Web.Classification;
using Workflow.Web.Data;
using Workflow.Web.Deadlines;
using Workflow.Web.Features;
using Workflow.Web.Hosting;
using Workflow.Web.Infrastructure;
using Workflow.Web.Messaging;
using Workflow.Web.Notifications;
using Workflow.Web.Operations;
using Workflow.Web.Options;
using Workflow.Web.Pages;
using Workflow.Web.Pdf;
using Workflow.Web.Public;
using Workflow.Web.Routes;
using Workflow.Web.Sealing;
using Workflow.Web.SecondFactor;
using Workflow.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

builder.Services.AddOptions<StorageOptions>().Bind(config.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<RegisterOptions>().Bind(config.GetSection(RegisterOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<MessagingOptions>().Bind(config.GetSection(MessagingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<WorkflowsOptions>().Bind(config.GetSection(WorkflowsOptions.Section));
builder.Services.AddOptions<DemoOptions>().Bind(config.GetSection(DemoOptions.Section));

builder.AddWorkflowDatabase();

builder.AddHosting();
builder.AddTelemetry();
builder.AddKeyRing();
builder.AddSeal();
builder.Services.AddIdentityApiEndpoints<AppUser>(o =>
    {
        o.User.RequireUniqueEmail = false;
    })
    .AddRoles<IdentityRole>()
    .AddEntityFrameworkStores<WorkflowDbContext>();
builder.Services.AddAccountSecurity(config);
builder.Services.AddSecondFactor(config);
builder.Services.AddApiPolicy();
builder.Services.AddRegisterBook();
builder.Services.AddTimeInPost();
builder.Services.AddAssignments();
builder.Services.AddPosts();
builder.Services.AddPeople();
builder.Services.AddMemoPages();
builder.Services.AddPlainTextInput();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<RouteRegistry>();
builder.Services.AddSingleton<PostTitles>();
builder.Services.AddSingleton<RegisterNumberAllocator>();
builder.Services.AddSingleton<AttachmentStore>();
builder.Services.AddAttachmentSweep();
builder.Services.AddSecretMemos();
builder.Services.AddScoped<SignedInUser>();
builder.Services.AddAdministration();
builder.Services.AddOrganisationAdministration();
builder.Services.AddScoped<MemoDrafts>();
builder.Services.AddScoped<MemoAttachments>();
builder.Services.AddScoped<MemoActions>();
builder.Services.AddScoped<MemoQueries>();
builder.Services.AddScoped<SnapshotBuilder>();
builder.Services.AddScoped<PublicSite>();
builder.Services.AddPublication(config);
builder.AddMemoPdf();
builder.Services.AddNotifications(config);
builder.Services.AddDeadlines(config);
builder.Services.AddMessaging(config.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions());

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestHandler>();
builder.Services.AddExceptionHandler<StorageFailureHandler>();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
builder.Services.AddApiDocument();
builder.Services.AddClassification();
// The outbox check reads the database, so it also reports the database; MassTransit adds the bus check.
builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox");

var app = builder.Build();
if (await ServiceCommands.TryRunAsync(app.Services, args))
    return;

try
{
    // Options are validated here too, so a bad setting stops start-up with its own message, not a stack trace.
    _ = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<MessagingOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<AppOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<KeyRingOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<MailOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<DeadlineOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
    await DatabaseInitializer.InitializeAsync(app.Services);
}
catch (Exception e) when (e is RouteDefinitionException or OptionsValidationException or Workflow.Core.Calendar.HolidayListException)
{
    app.Logger.LogCritical("Start-up stopped: {Reason}", e.Message);
    throw;
}

app.UseHosting();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSignInLimits();
app.UseAuthentication();
app.UseAuthorization();
app.UsePasswordChangeGate();
app.UseSecondFactorGate();

if (app.Services.GetRequiredService<IOptions<AppOptions>>().Value.OpenApi)
{
    app.MapOpenApi();
    app.UseSwaggerUI(o =>
    {
        o.SwaggerEndpoint("/openapi/v1.json", "Memo approval API");
        o.RoutePrefix = "swagger";
    });
}
app.MapHealth();
app.MapTelemetry();
app.MapAccountEndpoints();
app.MapSecondFactorEndpoints();
app.MapDocumentEndpoints();
app.MapJournalEndpoints();
app.MapRegisterEndpoints();
app.MapAdminAuditEndpoints();
app.MapOrganisationEndpoints();
app.MapDepartmentEndpoints();
app.MapHolidayEndpoints();
app.MapAssignmentEndpoints();
app.MapPostEndpoints();
app.MapRegisterReaderEndpoints();
app.MapTimeInPostEndpoints();
app.MapPeopleEndpoints();
app.MapNotificationEndpoints();
app.MapPublicEndpoints();
app.MapAttachmentEndpoints(app.Services.GetRequiredService<AttachmentStore>().MaxBytes);
app.MapMemoPages();

app.Run();

/// <summary>Entry point; partial so that integration tests can reference it.</summary>
public partial class Program;
