import type { DeepStrings } from '../messages.ts';
import type { shell as zh } from '../zh-CN/shell.ts';

/** The frame around every desk: menu, header, notifications. */
export const shell: DeepStrings<typeof zh> = {
  menu: {
    home: 'Home',
    cases: 'Cases',
    newCase: 'New consultation',
    claimIntake: 'Claim report',
    claimDesk: 'Claims desk',
    claimApprovals: 'Claim approvals',
    claimChecklists: 'Claim checklists',
    myDeadlines: 'My deadlines',
    calendars: 'Calendars',
    audit: 'Audit log',
    calls: 'Calls',
    scripts: 'Scripts',
    qa: 'QA',
    complaints: 'Complaints',
    complaintApprovals: 'Approvals',
    policyImport: 'Policy import',
    claimRules: 'Claim rules',
    majorInbox: 'Major cases',
    complaintRules: 'Complaint rules',
    handover: 'Shift hand-over',
    knowledge: 'Knowledge base',
    tasks: 'Tasks',
    dutyPlan: 'Duty roster',
    myShifts: 'My shifts',
    usersAdmin: 'Users',
    dataSharing: 'Data sharing',
    assessment: 'Assessments',
    training: 'Training',
  },
  header: { logout: 'Log out', branch: 'Branch', mainMenu: 'Main menu', loading: 'Loading' },
  notifications: {
    title: 'Notifications',
    empty: 'No notifications',
    markRead: 'Mark read',
    unreadOnly: 'Unread only',
    openCase: 'Open case',
  },
};
