#nullable disable
namespace eShop.OrderProcessor;

[Veltrix.VeltrixConfig("BackgroundTaskOptions")]
public partial class BackgroundTaskOptions
{
    public int GracePeriodTime { get; set; }

    public int CheckUpdateTime { get; set; }
}
