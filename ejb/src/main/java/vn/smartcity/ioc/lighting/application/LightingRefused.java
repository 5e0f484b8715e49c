package vn.smartcity.ioc.lighting.application;

import vn.smartcity.ioc.shared.application.Refused;
import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.domain.Text;

/** A lighting request refused (an import's bad lines, an override without a reason); nothing was stored. */
public class LightingRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public LightingRefused(String key, Object... arguments) {
        super(key, arguments);
    }

    public LightingRefused(Text explanation) {
        super(explanation);
    }

    public LightingRefused(Invalid refusal) {
        super(refusal);
    }
}
