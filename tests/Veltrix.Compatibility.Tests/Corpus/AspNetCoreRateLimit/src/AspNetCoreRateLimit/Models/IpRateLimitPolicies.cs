#nullable disable
using System.Collections.Generic;

namespace AspNetCoreRateLimit
{
    [Veltrix.VeltrixConfig("IpRateLimitPolicies")]
    public partial class IpRateLimitPolicies
    {
        public List<IpRateLimitPolicy> IpRules { get; set; } = new List<IpRateLimitPolicy>();
    }
}