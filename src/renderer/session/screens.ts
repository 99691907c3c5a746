import type { ComponentType } from 'react';
import type { PhaseName } from '../../core/scenario/schema';
import type { NavItem, SessionScreenProps } from './types';
import { BriefScreen } from './brief/BriefScreen';
import { ChamberScreen } from './chamber/ChamberScreen';
import { AssemblyScreen } from './assembly/AssemblyScreen';
import { TimelineScreen } from './timeline/TimelineScreen';
import { NegotiationScreen } from './negotiation/NegotiationScreen';
import { ConductScreen } from './conduct/ConductScreen';
import { FacilitatorConsole } from './facilitator/FacilitatorConsole';
import { JudgmentScreen } from './judgment/JudgmentScreen';

/**
 * The session screens, by nav item. A nav item with no component here is not shown in the nav.
 * To add a screen: import it and add one line to SESSION_SCREENS, e.g.
 *
 *   import { NegotiationScreen } from './negotiation/NegotiationScreen';
 *   ...
 *   negotiation: NegotiationScreen,
 *
 * Screens receive {@link SessionScreenProps} and nothing else; for links between screens
 * (e.g. Judgment → an evidence event in the Timeline) use `useSessionNav()` from './nav'.
 */
export const SESSION_SCREENS: Partial<Record<NavItem, ComponentType<SessionScreenProps>>> = {
  brief: BriefScreen,
  chamber: ChamberScreen,
  assembly: AssemblyScreen,
  timeline: TimelineScreen,
  negotiation: NegotiationScreen,
  conduct: ConductScreen,
  facilitator: FacilitatorConsole,
  judgment: JudgmentScreen,
};

/** The screen a phase opens on (the nav follows the procedure unless the user picks another). */
export const PHASE_SCREEN: Record<PhaseName, NavItem> = {
  seating: 'brief',
  briefing: 'brief',
  crisisUpdate: 'brief',
  negotiation: 'negotiation',
  council: 'chamber',
  unitingForPeace: 'assembly',
  emergencySpecialSession: 'assembly',
  vetoInitiative: 'assembly',
  conduct: 'conduct',
  adjudication: 'judgment',
  debrief: 'judgment',
};
