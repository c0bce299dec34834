using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Workflow.Web.Data;

public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
