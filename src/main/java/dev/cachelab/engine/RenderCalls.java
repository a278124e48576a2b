package dev.cachelab.engine;

import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.event.CallSite;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.rules.Messages;

/** Calls a page makes while it renders (R30): invalidations and {@code refresh()} always throw. */
final class RenderCalls {

    private RenderCalls() {
    }

    /** R30: the message shows the function and its first argument only, e.g. {@code revalidateTag("x")}. */
    static String firstArgExpression(Call c) {
        if (c instanceof Call.UpdateTag u) return Messages.firstArgExpression("updateTag", u.tag());
        if (c instanceof Call.RevalidateTag r) return Messages.firstArgExpression("revalidateTag", r.tag());
        if (c instanceof Call.RevalidatePath p) return Messages.firstArgExpression("revalidatePath", p.path());
        return c.expression();
    }

    /** Runs one render call; returns normally only for calls that do not throw (a write). */
    static void run(EngineState s, Call c, String route) {
        s.emit(new EngineEvent.CallMade(s.clock.tick(), c.expression(), CallSite.RENDER, s.inst()));
        if (c instanceof Call.Write) {
            s.emit(new EngineEvent.DatabaseWritten(s.clock.tick(), s.db.write(), s.inst()));
            return;
        }
        if (c instanceof Call.Refresh) throw new NextError(Messages.REFRESH_OUTSIDE_ACTION);
        if (c instanceof Call.RevalidateTag rt && rt.profile() == null) s.log(Messages.REVALIDATE_TAG_SINGLE_ARG);
        throw new NextError(Messages.duringRender(route, firstArgExpression(c)));
    }
}
