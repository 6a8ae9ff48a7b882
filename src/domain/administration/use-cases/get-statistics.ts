import type { InstanceStatistics, StatisticsFigures } from '../ports/instance-statistics.js';

/** `statistics` and `categoryStatistics`: public figures (the instance's about page shows them). */
export class GetStatistics {
  constructor(private readonly statistics: InstanceStatistics) {}

  execute(): Promise<StatisticsFigures> {
    return this.statistics.statistics();
  }

  categories(): Promise<{ key: string; number: number }[]> {
    return this.statistics.categories();
  }
}
